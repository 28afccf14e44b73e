using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>Section 五 (problems and improvements) must say something.</summary>
public sealed class EmptySectionFiveRule : IReportRule
{
    /// <summary>Fewer characters than this (after the heading, without whitespace) count as empty.</summary>
    public const int MinimumChars = 20;

    public RuleDescriptor Descriptor { get; } = new("completeness.empty-section", Severity.Warning,
        "{agency}{year}年度报告第五部分“存在的主要问题及改进情况”内容空缺或过于简略（{chars}字）。请如实说明存在的问题和改进措施。",
        "Section 五 (problems and improvements) is empty or nearly so.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (!StandardParts.IsStandard(subject.Report.Format)
            || StandardParts.Find(subject.Report, "五") is not { } section)
        {
            yield break;
        }
        var body = section.Text.Replace(section.Heading, "", StringComparison.Ordinal);
        var chars = body.Count(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c));
        if (chars >= MinimumChars)
        {
            yield break;
        }
        yield return subject.Create(Descriptor, "section.五",
            new Evidence(Sentences: [section.Text.Trim()]),
            new Dictionary<string, string> { ["chars"] = chars.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}
