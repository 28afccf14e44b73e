using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Copy;

/// <summary>
/// A plan for the report year itself or earlier ("2016年我们将…" in the 2016 report's improvement part): text
/// carried over from an old report. Citing an earlier year's notice ("关于做好2016年度…的通知") is not a plan and
/// does not match.
/// </summary>
public sealed partial class StaleYearRule : IReportRule
{
    private static readonly string[] _planHeadings = ["改进", "问题", "计划", "打算", "下一步", "工作要点", "思路"];

    public RuleDescriptor Descriptor { get; } = new("copy.stale-year", Severity.Warning,
        "{agency}{year}年度报告的工作计划中出现“{phrase}”，年份早于或等于报告年度，疑似沿用往年文本。请更正为下一年度的计划。",
        "The plans part speaks of the report year (or an earlier one) as the future: text carried over from an old report.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Year == 0)
        {
            yield break;
        }
        foreach (var text in PlanTexts(subject).Distinct())
        {
            foreach (Match match in Plan().Matches(text))
            {
                var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (year > subject.Year || year < subject.Year - 10)
                {
                    continue;
                }
                yield return subject.Create(Descriptor, $"stale:{match.Value}",
                    new Evidence(Sentences: [Around(text, match)]),
                    new Dictionary<string, string> { ["phrase"] = match.Value });
            }
        }
    }

    /// <summary>The plan sections when the report has headed sections; otherwise the last third of the text.</summary>
    private static IEnumerable<string> PlanTexts(CheckSubject subject)
    {
        var plans = subject.Report.Sections.Where(s => _planHeadings.Any(h => s.Heading.Contains(h, StringComparison.Ordinal)))
            .Select(s => s.Text).ToArray();
        if (plans.Length > 0)
        {
            return plans;
        }
        var text = subject.Report.Text;
        return [text[(text.Length * 2 / 3)..]];
    }

    private static string Around(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 20);
        var end = Math.Min(text.Length, match.Index + match.Length + 40);
        return text[start..end].ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"(?<![\d《])(?<y>20\d\d)年[，,]?(?:我们|我区|我市|我县|我局|我委|我办|我镇|我街道|本机关|本单位|开发区|全区|全市|全县)?(?:将|计划|拟|要)")]
    private static partial Regex Plan();
}
