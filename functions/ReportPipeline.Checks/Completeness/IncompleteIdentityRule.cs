using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>A table identity that cannot be verified because a needed cell is blank or missing: no conclusion is drawn.</summary>
public sealed class IncompleteIdentityRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("completeness.identity-incomplete", Severity.Warning,
        "{agency}{year}年度报告统计表缺少数据（{missing}），无法核验“{identity}”。请补全空白单元格（无数据应填0）。",
        "A table identity cannot be checked because a contributing cell is blank or absent; no arithmetic conclusion is drawn.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject) =>
        subject.Sums
            .Where(o => o.Status == SumStatus.Incomplete)
            .Select(o => subject.Create(Descriptor, o.Identity.Id,
                new Evidence(Cells: o.Printed, Facts: new Dictionary<string, string>
                {
                    ["missing"] = string.Join(", ", o.MissingCells),
                }),
                new Dictionary<string, string>
                {
                    ["identity"] = o.Identity.Description,
                    ["missing"] = string.Join("、", o.MissingCells),
                }));
}
