using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Rules;

/// <summary>One check over one parsed report. Pure: same subject, same findings.</summary>
public interface IReportRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Evaluate(CheckSubject subject);
}
