using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Sums;

/// <summary>Shared shape of the sum rules: one finding per violated identity of one kind; approximate cells → warning.</summary>
public abstract class SumViolationRule(SumKind kind) : IReportRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public IEnumerable<Finding> Evaluate(CheckSubject subject) =>
        subject.Sums
            .Where(o => o.Status == SumStatus.Violated && o.Identity.Kind == kind)
            .Select(o => subject.Create(Descriptor, o.Identity.Id,
                new Evidence(Cells: o.Printed, Arithmetic: o.Arithmetic),
                new Dictionary<string, string>
                {
                    ["identity"] = o.Identity.Description,
                    ["arithmetic"] = o.Arithmetic,
                },
                o.Approximate ? Severity.Warning : null));
}
