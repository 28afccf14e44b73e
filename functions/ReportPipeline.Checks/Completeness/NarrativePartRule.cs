using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Completeness;

/// <summary>
/// A 2008-era report must cover 主动公开, 依申请公开 and 复议、诉讼 (《条例》（2008）第三十二条), even if only to say
/// there were none. A part counts as present when a heading or the text speaks of it.
/// </summary>
public sealed class NarrativePartRule : IReportRule
{
    private static readonly (string Id, string Name, string[] Keywords)[] _parts =
    [
        ("proactive", "主动公开政府信息情况", ["主动公开"]),
        ("applications", "依申请公开政府信息情况", ["申请"]),
        ("review", "因政府信息公开申请行政复议、提起行政诉讼的情况", ["复议", "诉讼"]),
    ];

    public RuleDescriptor Descriptor { get; } = new("completeness.narrative-part", Severity.Warning,
        "{agency}{year}年度报告缺少“{part}”的内容（如无此类情况，也应说明“无”）。请补充。",
        "A 2008-era report does not cover one of the parts the 2008 regulation requires (proactive disclosure, applications, reconsideration and litigation).");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Report.Format != ReportFormat.Narrative2008)
        {
            yield break;
        }
        var text = subject.Report.Text;
        foreach (var (id, name, keywords) in _parts)
        {
            if (keywords.Any(k => text.Contains(k, StringComparison.Ordinal)))
            {
                continue;
            }
            yield return subject.Create(Descriptor, $"part.{id}",
                new Evidence(Sentences: subject.Report.Sections.Where(s => s.Level == 1).Select(s => $"{s.Number}、{s.Heading}").ToArray(),
                    Facts: new Dictionary<string, string> { ["keywords"] = string.Join(", ", keywords) }),
                new Dictionary<string, string> { ["part"] = name });
        }
    }
}
