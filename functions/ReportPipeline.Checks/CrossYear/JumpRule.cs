using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.CrossYear;

/// <summary>A summary metric that grew or shrank by the configured factor (×5 / ÷5) from last year: worth a look.</summary>
public sealed class JumpRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("cross-year.jump", Severity.Info,
        "{agency}{year}年度报告“{metric}”为{current}，上年为{previous}，变化达{factor}倍。请确认数据是否准确。",
        "A summary metric changed by a large factor (default ×5 or ÷5) compared with last year's report.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Context.PreviousReport is not { } previous)
        {
            yield break;
        }
        foreach (var metric in MetricIds.All)
        {
            if (MetricReader.Read(subject.Report, metric) is not { } now || MetricReader.Read(previous, metric) is not { } then)
            {
                continue;
            }
            var (high, low) = (Math.Max(now.Value, then.Value), Math.Min(now.Value, then.Value));
            if (high < subject.Options.JumpMinimum || (low > 0 && high / low < (decimal)subject.Options.JumpFactor))
            {
                continue;
            }
            var factor = low == 0 ? "∞" : SumEvaluator.Format(Math.Round(high / low, 1));
            yield return subject.Create(Descriptor, $"metric:{metric}",
                new Evidence(Cells: new Dictionary<string, string>
                    {
                        [$"{subject.Year}:{now.Evidence}"] = SumEvaluator.Format(now.Value),
                        [$"{subject.Year - 1}:{then.Evidence}"] = SumEvaluator.Format(then.Value),
                    },
                    Arithmetic: $"{SumEvaluator.Format(high)} / {SumEvaluator.Format(low)} = {factor}"),
                new Dictionary<string, string>
                {
                    ["metric"] = metric, ["current"] = SumEvaluator.Format(now.Value),
                    ["previous"] = SumEvaluator.Format(then.Value), ["factor"] = factor,
                });
        }
    }
}
