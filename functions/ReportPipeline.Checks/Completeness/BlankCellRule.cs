using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>
/// A recognised table row printed with no number (blank or "/"). Cells already reported by
/// <see cref="IncompleteIdentityRule"/> are left to it, so one blank gives one finding.
/// </summary>
public sealed class BlankCellRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("completeness.blank-cell", Severity.Warning,
        "{agency}{year}年度报告统计表“{label}”一栏未填写数据。无数据的栏目应填写0，请补全。",
        "A table cell the template requires is blank or '/' (missing, not zero).");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        var reported = subject.Sums.Where(o => o.Status == SumStatus.Incomplete)
            .SelectMany(o => o.MissingCells).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, cell) in subject.Cells.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (cell.Value is not null || reported.Contains(id))
            {
                continue;
            }
            var label = subject.Label(id);
            yield return subject.Create(Descriptor, id,
                new Evidence(Cells: new Dictionary<string, string> { [id] = cell.Raw }),
                new Dictionary<string, string> { ["label"] = label });
        }
    }
}
