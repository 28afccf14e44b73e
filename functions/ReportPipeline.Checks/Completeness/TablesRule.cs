using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>A 2019/2021-format report must carry its three tables.</summary>
public sealed class TablesRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("completeness.tables", Severity.Warning,
        "{agency}{year}年度报告缺少规定的统计表：{missing}。请补充。",
        "A standard-format report lacks one of its three required tables (主动公开, 申请, 复议诉讼).");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (!StandardParts.IsStandard(subject.Report.Format))
        {
            yield break;
        }
        var missing = StandardParts.Tables.Where(t => !subject.HasTable(t.Kind)).Select(t => t.Name).ToArray();
        if (missing.Length == 0)
        {
            yield break;
        }
        yield return subject.Create(Descriptor, "tables",
            new Evidence(Facts: new Dictionary<string, string>
            {
                ["missing"] = string.Join("；", missing),
                ["found"] = string.Join(", ", subject.Report.Tables.Select(t => t.Kind)),
            }),
            new Dictionary<string, string> { ["missing"] = string.Join("、", missing) });
    }
}
