using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>The sections the introduction announces ("本年报由概述，……六部分组成") must be present.</summary>
public sealed class AnnouncedSectionsRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("completeness.announced-section", Severity.Warning,
        "{agency}{year}年度报告开头说明包含“{section}”部分，但正文中未找到该部分。请补充或更正说明。",
        "A section announced in the introduction is not present in the report.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        var headings = subject.Report.Sections.Select(s => s.Heading).ToArray();
        if (headings.Length == 0)
        {
            yield break;
        }
        foreach (var announced in subject.Report.AnnouncedSections.Distinct())
        {
            if (headings.Any(h => HeadingMatch.Similar(announced, h)))
            {
                continue;
            }
            yield return subject.Create(Descriptor, $"announced:{announced}",
                new Evidence(Sentences: headings, Facts: new Dictionary<string, string> { ["announced"] = announced }),
                new Dictionary<string, string> { ["section"] = announced });
        }
    }
}
