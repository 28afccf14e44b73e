using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Text;

/// <summary>
/// "共接受咨询约8000人次，其中电话约1000、当面约5000、网上约1000": the parts after 其中 against their whole.
/// Parts above the whole are an error; two or more parts short of the whole are a warning; 约/余/多 → warning at most.
/// </summary>
public sealed class NarrativeSumRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("narrative.parts-sum", Severity.Error,
        "{agency}{year}年度报告正文所列分项之和与总数不一致：“{sentence}”（{arithmetic}）。请核对正文数据。",
        "Numbers listed after 其中 in a sentence do not add up to the whole stated before it.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        foreach (var breakdown in Breakdown.FindAll(subject.Sentences))
        {
            if (breakdown.Parts.Count == 0)
            {
                continue;
            }
            var sum = breakdown.Parts.Sum(p => p.Value);
            var whole = breakdown.Whole.Value;
            var approximate = breakdown.Approximate;
            var slack = approximate ? (decimal)subject.Options.ApproximateTolerance * Math.Max(sum, whole) : 0;
            var over = sum > whole + slack;
            var under = breakdown.Parts.Count >= 2 && sum < whole - slack;
            if (!over && !under)
            {
                continue;
            }
            var arithmetic = $"{string.Join(" + ", breakdown.Parts.Select(p => p.Text))} = {SumEvaluator.Format(sum)}"
                + $" {(over ? ">" : "<")} {breakdown.Whole.Text}";
            yield return subject.Create(Descriptor, $"text:{breakdown.Whole.Text}@{Key(breakdown.Sentence.Text)}",
                new Evidence(Sentences: [breakdown.Sentence.Text], Arithmetic: arithmetic),
                new Dictionary<string, string> { ["sentence"] = breakdown.Sentence.Text, ["arithmetic"] = arithmetic },
                over && !approximate ? Severity.Error : Severity.Warning);
        }
    }

    internal static string Key(string sentence) => sentence.Length <= 12 ? sentence : sentence[..12];
}
