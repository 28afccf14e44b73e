using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>
/// Table identities that cannot be verified because a needed cell is blank or missing: no conclusion is drawn.
/// One finding per identity group (the same identity over seven columns is one problem).
/// </summary>
public sealed class IncompleteIdentityRule : IReportRule
{
    private const int MaxListed = 12;

    public RuleDescriptor Descriptor { get; } = new("completeness.identity-incomplete", Severity.Warning,
        "{agency}{year}年度报告统计表缺少数据（{missing}），无法核验“{identity}”。请补全空白单元格（无数据应填0）。",
        "A table identity cannot be checked because a contributing cell is blank or absent; no arithmetic conclusion is drawn.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject) =>
        subject.Sums
            .Where(o => o.Status == SumStatus.Incomplete)
            .GroupBy(o => o.Identity.GroupId)
            .Select(group =>
            {
                var missing = group.SelectMany(o => o.MissingCells).Distinct().ToArray();
                var labels = missing.Take(MaxListed).Select(subject.Label).ToArray();
                var listed = string.Join("、", labels) + (missing.Length > MaxListed ? $"等{missing.Length}项" : "");
                return subject.Create(Descriptor, group.Key,
                    new Evidence(
                        Cells: group.SelectMany(o => o.Printed).DistinctBy(c => c.Key).ToDictionary(c => c.Key, c => c.Value),
                        Facts: new Dictionary<string, string>
                        {
                            ["missing"] = string.Join(", ", missing),
                            ["identities"] = string.Join(", ", group.Select(o => o.Identity.Id)),
                        }),
                    new Dictionary<string, string> { ["identity"] = group.First().Identity.Description, ["missing"] = listed });
            });
}
