using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>A 2019/2021-format report must have all six sections.</summary>
public sealed class SectionsRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("completeness.sections", Severity.Warning,
        "{agency}{year}年度报告缺少规定的部分：{missing}。请按规定格式补充。",
        "A standard-format report lacks some of its six required sections.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (!StandardParts.IsStandard(subject.Report.Format))
        {
            yield break;
        }
        var missing = StandardParts.Sections.Where(s => StandardParts.Find(subject.Report, s.Number) is null)
            .Select(s => $"{s.Number}、{s.Name}").ToArray();
        if (missing.Length == 0)
        {
            yield break;
        }
        var present = subject.Report.Sections.Where(s => s.Level == 1).Select(s => $"{s.Number}、{s.Heading}").ToArray();
        yield return subject.Create(Descriptor, "sections",
            new Evidence(Sentences: present, Facts: new Dictionary<string, string> { ["missing"] = string.Join("；", missing) }),
            new Dictionary<string, string> { ["missing"] = string.Join("；", missing) });
    }
}
