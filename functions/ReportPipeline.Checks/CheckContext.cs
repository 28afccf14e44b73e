using ReportPipeline.Checks.Deadlines;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Checks;

/// <summary>Everything a check needs besides the report itself.</summary>
/// <param name="CheckDate">Today in Asia/Shanghai (deadlines are dates there).</param>
/// <param name="PreviousReport">The same agency's report for the year before, enabling the cross-year rules.</param>
/// <param name="PeerReports">Other agencies' reports of the same year, for copy detection.</param>
/// <param name="Deadlines">The deadline table; null means <see cref="DeadlineTable.Default"/>.</param>
/// <param name="DeadlineOverrides">The portal's local deadlines, each with its source.</param>
/// <param name="SourceUrl">Where the report was published, when the report itself does not say.</param>
public sealed record CheckContext(
    DateOnly CheckDate,
    ParsedReport? PreviousReport = null,
    IReadOnlyList<ParsedReport>? PeerReports = null,
    DeadlineTable? Deadlines = null,
    IReadOnlyList<DeadlineOverride>? DeadlineOverrides = null,
    string? SourceUrl = null)
{
    public static CheckContext For(TimeProvider time) => new(ChinaDate.Today(time));
}
