using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Text;

/// <summary>"共受理申请200件，其中按时办结180件，占95%": a percentage that does not match its counts.</summary>
public sealed partial class PercentageRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("narrative.percentage", Severity.Warning,
        "{agency}{year}年度报告正文百分比与数量不符：“{sentence}”（{arithmetic}）。请核对。",
        "A percentage stated next to a part does not match part ÷ whole.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        foreach (var breakdown in Breakdown.FindAll(subject.Sentences))
        {
            if (breakdown.Whole.Value == 0 || breakdown.Approximate)
            {
                continue;
            }
            foreach (var part in breakdown.Parts)
            {
                var after = breakdown.Sentence.Text[(part.Index + part.Length)..];
                var match = PercentPattern().Match(after);
                if (!match.Success)
                {
                    continue;
                }
                var stated = decimal.Parse(match.Groups["p"].Value, CultureInfo.InvariantCulture);
                var decimals = match.Groups["p"].Value.Split('.').ElementAtOrDefault(1)?.Length ?? 0;
                var actual = part.Value * 100 / breakdown.Whole.Value;
                if (Math.Abs(actual - stated) <= 0.5m * (decimal)Math.Pow(10, -decimals) + 0.01m)
                {
                    continue;
                }
                var arithmetic = string.Create(CultureInfo.InvariantCulture,
                    $"{part.Text} ÷ {breakdown.Whole.Text} = {actual:0.##}% ≠ {stated}%");
                yield return subject.Create(Descriptor, $"text:{part.Text}@{NarrativeSumRule.Key(breakdown.Sentence.Text)}",
                    new Evidence(Sentences: [breakdown.Sentence.Text], Arithmetic: arithmetic),
                    new Dictionary<string, string> { ["sentence"] = breakdown.Sentence.Text, ["arithmetic"] = arithmetic });
            }
        }
    }

    [GeneratedRegex(@"^[，,、\s]{0,2}占(?:总数的|比|比为|全部的)?(?<p>\d+(?:\.\d+)?)[%％]")]
    private static partial Regex PercentPattern();
}
