using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Composition;

/// <summary>The findings of one agency's report for one year, by severity (errors first).</summary>
public sealed record ReportGroup(string Agency, int ReportYear, IReadOnlyList<SeverityGroup> Severities)
{
    /// <summary>
    /// Groups by agency (and year), the reports with the worst open findings first, then by name; within a report by
    /// severity; within a severity new, still open, resolved, then rule.
    /// </summary>
    public static IReadOnlyList<ReportGroup> Of(IEnumerable<AlertItem> items) =>
        items.GroupBy(i => (i.Finding.Agency, i.Finding.ReportYear))
            .OrderByDescending(g => g.Where(i => i.Change != ChangeKind.Resolved).Select(i => (int?)i.Finding.Severity).Max() ?? -1)
            .ThenBy(g => g.Key.Agency, StringComparer.Ordinal)
            .ThenByDescending(g => g.Key.ReportYear)
            .Select(g => new ReportGroup(g.Key.Agency, g.Key.ReportYear, BySeverity(g)))
            .ToList();

    private static IReadOnlyList<SeverityGroup> BySeverity(IEnumerable<AlertItem> items) =>
        items.GroupBy(i => i.Finding.Severity)
            .OrderByDescending(g => g.Key)
            .Select(g => new SeverityGroup(g.Key, g
                .OrderBy(i => i.Change)
                .ThenBy(i => i.Finding.Rule, StringComparer.Ordinal)
                .ThenBy(i => i.Finding.Location, StringComparer.Ordinal)
                .ToList()))
            .ToList();
}
