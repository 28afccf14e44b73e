using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.CrossYear;

/// <summary>上年结转 (Y) must equal 结转下年度继续办理 (Y−1) of the same agency.</summary>
public sealed class CarryOverRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("cross-year.carry-over", Severity.Error,
        "{agency}{year}年度报告“上年结转”为{current}件，但上年度报告“结转下年度继续办理”为{previous}件，两者应相等。请核对。",
        "This year's carried-over applications differ from last year's carried-forward applications.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Context.PreviousReport is not { } previous
            || MetricReader.Read(subject.Report, MetricIds.ApplicationsCarriedOver) is not { } current
            || MetricReader.Read(previous, MetricIds.ApplicationsCarriedForward) is not { } before
            || current.Value == before.Value)
        {
            yield break;
        }
        var now = SumEvaluator.Format(current.Value);
        var then = SumEvaluator.Format(before.Value);
        yield return subject.Create(Descriptor, MetricIds.ApplicationsCarriedOver,
            new Evidence(
                Cells: new Dictionary<string, string> { [$"{subject.Year}:{current.Evidence}"] = now, [$"{subject.Year - 1}:{before.Evidence}"] = then },
                Arithmetic: $"上年结转({subject.Year}) {now} ≠ 结转下年度({subject.Year - 1}) {then}",
                Facts: new Dictionary<string, string> { ["previousReportId"] = previous.ReportId }),
            new Dictionary<string, string> { ["current"] = now, ["previous"] = then });
    }
}
