using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Text;

/// <summary>
/// The narrative's number differs from the table where the wording does not pin the scope (备案, 约, 答复 vs 办结,
/// 累计 vs 本年): a warning, never an error.
/// </summary>
public sealed class TextTableScopeRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("text-table.scope", Severity.Warning,
        "{agency}{year}年度报告正文“{stated}”与统计表“{label}”（{table}）口径不一致，请确认统计口径并在报告中说明。",
        "The text's figure differs from the table, but the wording suggests another scope (filings, approximate, cumulative).");

    public IEnumerable<Finding> Evaluate(CheckSubject subject) =>
        TextTableFindings.Create(subject, Descriptor, TextTableComparer.Compare(subject).Where(r => !r.Matches && r.ScopeOnly));
}
