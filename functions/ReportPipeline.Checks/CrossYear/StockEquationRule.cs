using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.CrossYear;

/// <summary>
/// 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发(Y) − 本年废止(Y), for 规章 and 行政规范性文件.
/// A clean-up campaign can legitimately break it, so a warning.
/// </summary>
public sealed class StockEquationRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("cross-year.stock", Severity.Warning,
        "{agency}{year}年度报告{item}现行有效件数为{current}件，按上年{previous}件 + 本年制发{issued}件 − 本年废止{repealed}件应为{expected}件。如有集中清理等情况，请在报告中说明。",
        "The current-stock count does not follow from last year's stock plus this year's issued minus repealed documents.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Context.PreviousReport is not { } previous)
        {
            yield break;
        }
        foreach (var (row, item) in new[] { (ActiveTable.Rules, "规章"), (ActiveTable.NormativeDocs, "行政规范性文件") })
        {
            string Cell(string column) => CanonicalTable.CellId(CanonicalTable.Active, row, column);
            if (subject.Value(Cell(ActiveTable.Current)) is not { } current
                || subject.Value(Cell(ActiveTable.Issued)) is not { } issued
                || subject.Value(Cell(ActiveTable.Repealed)) is not { } repealed
                || MetricReader.Cell(previous, Cell(ActiveTable.Current)) is not { } before)
            {
                continue;
            }
            var expected = before + issued - repealed;
            if (expected == current)
            {
                continue;
            }
            var values = new Dictionary<string, string>
            {
                ["item"] = item, ["current"] = F(current), ["previous"] = F(before),
                ["issued"] = F(issued), ["repealed"] = F(repealed), ["expected"] = F(expected),
            };
            yield return subject.Create(Descriptor, Cell(ActiveTable.Current),
                new Evidence(Cells: new Dictionary<string, string>
                    {
                        [Cell(ActiveTable.Current)] = F(current), [Cell(ActiveTable.Issued)] = F(issued),
                        [Cell(ActiveTable.Repealed)] = F(repealed), [$"{subject.Year - 1}:{Cell(ActiveTable.Current)}"] = F(before),
                    },
                    Arithmetic: $"{F(before)} + {F(issued)} − {F(repealed)} = {F(expected)} ≠ {F(current)}"),
                values);
        }
    }

    private static string F(decimal value) => SumEvaluator.Format(value);
}
