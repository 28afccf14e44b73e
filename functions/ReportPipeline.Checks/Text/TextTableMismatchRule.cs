using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Text;

/// <summary>The narrative gives a different number than the table for the same label (exact numbers): an error.</summary>
public sealed class TextTableMismatchRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("text-table.mismatch", Severity.Error,
        "{agency}{year}年度报告正文与统计表不一致：正文称“{stated}”，统计表“{label}”为{table}。请核对并更正。",
        "The text restates a table figure with the same label but a different number.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject) =>
        TextTableFindings.Create(subject, Descriptor, TextTableComparer.Compare(subject).Where(r => !r.Matches && !r.ScopeOnly));
}
