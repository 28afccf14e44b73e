using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;
using S = ReportPipeline.Core.Canonical.Stats2008Rows;

namespace ReportPipeline.Checks.CrossYear;

/// <summary>Summary metrics read from a report's table cells (any format), falling back to the parser's metrics.</summary>
public static class MetricReader
{
    private static readonly Dictionary<string, string[][]> _sources = new(StringComparer.Ordinal)
    {
        [MetricIds.ApplicationsNew] = [[App(ApplicationsTable.New)], [S.CellId(S.ApplicationsReceived)]],
        [MetricIds.ApplicationsCarriedOver] = [[App(ApplicationsTable.CarriedOver)]],
        [MetricIds.ApplicationsClosed] = [[App(ApplicationsTable.Total)], [S.CellId(S.ApplicationsClosed)]],
        [MetricIds.ApplicationsCarriedForward] = [[App(ApplicationsTable.CarriedForward)]],
        [MetricIds.ReconsiderationTotal] = [[Review(ReviewTable.Reconsideration)], [S.CellId(S.ReconsiderationTotal)]],
        [MetricIds.LitigationTotal] =
            [[Review(ReviewTable.LitigationDirect), Review(ReviewTable.LitigationAfterReview)], [S.CellId(S.LitigationTotal)]],
        [MetricIds.NormativeDocsIssued] = [[Active(ActiveTable.Issued)]],
        [MetricIds.NormativeDocsRepealed] = [[Active(ActiveTable.Repealed)]],
        [MetricIds.NormativeDocsCurrent] = [[Active(ActiveTable.Current)]],
        [MetricIds.ProactiveTotal] = [[S.CellId(S.ProactiveTotal)]],
    };

    /// <summary>The metric and the cells it was read from, or null.</summary>
    public static (decimal Value, string Evidence)? Read(ParsedReport report, string metricId)
    {
        var cells = report.Tables.SelectMany(t => t.Cells).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var reading in _sources.GetValueOrDefault(metricId) ?? [])
        {
            if (reading.All(id => cells.GetValueOrDefault(id)?.Value is not null))
            {
                return (reading.Sum(id => cells[id].Value!.Value), string.Join(" + ", reading));
            }
        }
        return report.Metrics.TryGetValue(metricId, out var metric) ? (metric.Value, metric.Evidence) : null;
    }

    /// <summary>A table cell, e.g. "active.rules.current".</summary>
    public static decimal? Cell(ParsedReport report, string cellId) =>
        report.Tables.Select(t => t.Cells.GetValueOrDefault(cellId)?.Value).FirstOrDefault(v => v is not null);

    private static string App(string row) => CanonicalTable.CellId(CanonicalTable.Applications, row, "total");

    private static string Review(string group) => CanonicalTable.CellId(CanonicalTable.Review, group, "total");

    private static string Active(string column) => CanonicalTable.CellId(CanonicalTable.Active, ActiveTable.NormativeDocs, column);
}
