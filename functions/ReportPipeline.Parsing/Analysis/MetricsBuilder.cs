using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>The summary metrics: from the first table that has them, else from the first sentence that states them.</summary>
internal static class MetricsBuilder
{
    private static readonly (string Metric, string[] Cells)[] TableSources =
    [
        (MetricIds.ApplicationsNew, ["applications.new.total"]),
        (MetricIds.ApplicationsNew, ["stats2008.applications.received"]),
        (MetricIds.ApplicationsCarriedOver, ["applications.carriedOver.total"]),
        (MetricIds.ApplicationsClosed, ["applications.total.total"]),
        (MetricIds.ApplicationsClosed, ["stats2008.applications.closed"]),
        (MetricIds.ApplicationsCarriedForward, ["applications.carriedForward.total"]),
        (MetricIds.ReconsiderationTotal, ["review.reconsideration.total"]),
        (MetricIds.ReconsiderationTotal, ["stats2008.reconsideration.total"]),
        (MetricIds.LitigationTotal, ["review.litigationDirect.total", "review.litigationAfterReview.total"]),
        (MetricIds.LitigationTotal, ["stats2008.litigation.total"]),
        (MetricIds.NormativeDocsIssued, ["active.normativeDocs.issued"]),
        (MetricIds.NormativeDocsIssued, ["active.normativeDocs.made"]),
        (MetricIds.NormativeDocsRepealed, ["active.normativeDocs.repealed"]),
        (MetricIds.NormativeDocsCurrent, ["active.normativeDocs.current"]),
        (MetricIds.NormativeDocsCurrent, ["active.normativeDocs.totalPublic"]),
        (MetricIds.ProactiveTotal, ["stats2008.proactive.total"]),
    ];

    public static Dictionary<string, MetricValue> Build(IReadOnlyList<ReportTable> tables, IReadOnlyList<NarrativeNumber> narrative)
    {
        var metrics = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        foreach (var (metric, cellIds) in TableSources)
        {
            if (metrics.ContainsKey(metric)) continue;
            foreach (var table in tables)
            {
                var values = cellIds.Select(id => table.Cells.GetValueOrDefault(id)).ToList();
                if (values.Any(v => v?.Value is null)) continue;
                metrics[metric] = new MetricValue(values.Sum(v => v!.Value!.Value), "table",
                    $"table {table.Index}: " + string.Join(" + ", cellIds), values.Any(v => v!.Approximate));
                break;
            }
        }
        foreach (var n in narrative.Where(n => n.MetricId is not null))
            metrics.TryAdd(n.MetricId!, new MetricValue(n.Value, "narrative", n.Sentence, n.Approximate));
        return MetricIds.All.Where(metrics.ContainsKey).ToDictionary(id => id, id => metrics[id], StringComparer.Ordinal);
    }
}
