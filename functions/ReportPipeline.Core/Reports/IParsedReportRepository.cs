using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Reports;

/// <summary>
/// Parsed reports in storage: the Reports/Sections/Cells/Metrics tables for querying, the full model as JSON in
/// the parsed container for lossless reloads. Implemented in ReportPipeline.Parsing.
/// </summary>
public interface IParsedReportRepository
{
    /// <summary>Writes (or rewrites, idempotently) the report; returns its index entry.</summary>
    Task<ReportIndexEntry> SaveAsync(ParsedReport report, string rawBlobName, CancellationToken cancellationToken = default);

    Task<ParsedReport?> GetAsync(string reportId, CancellationToken cancellationToken = default);

    /// <summary>The most recently parsed report of the agency for the year, or null.</summary>
    Task<ReportIndexEntry?> FindLatestAsync(string agency, int reportYear, CancellationToken cancellationToken = default);

    /// <summary>All index entries, optionally for one report year.</summary>
    IAsyncEnumerable<ReportIndexEntry> ListAsync(int? reportYear = null, CancellationToken cancellationToken = default);
}
