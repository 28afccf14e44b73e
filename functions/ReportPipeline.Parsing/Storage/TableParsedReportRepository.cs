using System.Runtime.CompilerServices;
using System.Text;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Reports;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Parsing.Storage;

/// <summary>
/// Parsed reports in Table Storage (Reports, Sections, Cells, Metrics) with the full model and long texts in the parsed
/// container. Saving is idempotent: the same report gives the same keys, and rows a previous parse left behind are removed.
/// </summary>
public sealed partial class TableParsedReportRepository(ITableStore tables, IBlobStore blobs, TimeProvider? timeProvider = null)
    : IParsedReportRepository
{
    private const int MaxBatch = 100;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<ReportIndexEntry> SaveAsync(ParsedReport report, string rawBlobName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = Encoding.UTF8.GetBytes(PipelineJson.Serialize(report));
        await blobs.PutAsync(StorageNames.ParsedContainer, ReportKeys.ParsedBlobName(report.ReportId), json, "application/json",
            cancellationToken: cancellationToken);
        await SaveSectionsAsync(report, cancellationToken);
        await ReplacePartitionAsync(StorageNames.CellsTable, report.ReportId, CellRows(report), cancellationToken);
        await ReplacePartitionAsync(StorageNames.MetricsTable, report.ReportId,
            report.Metrics.Select(m => ReportEntities.Metric(report.ReportId, m.Key, m.Value)).ToList(), cancellationToken);
        var row = ReportEntities.Report(report, rawBlobName, _time.GetUtcNow());
        await tables.UpsertAsync(StorageNames.ReportsTable, row, replace: true, cancellationToken);
        return ReportEntities.ToIndexEntry(row);
    }

    public async Task<ParsedReport?> GetAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var blob = await blobs.GetAsync(StorageNames.ParsedContainer, ReportKeys.ParsedBlobName(reportId), cancellationToken);
        return blob is null ? null : PipelineJson.Deserialize<ParsedReport>(Encoding.UTF8.GetString(blob.Content.Span));
    }

    public async Task<ReportIndexEntry?> FindLatestAsync(string agency, int reportYear, CancellationToken cancellationToken = default)
    {
        var filter = $"{ODataFilter.PartitionKeyEquals(ReportKeys.PartitionKey(agency))} and RowKey ge {ODataFilter.Quote($"{reportYear:D4}-")} " +
                     $"and RowKey lt {ODataFilter.Quote($"{reportYear:D4}.")}";
        ReportIndexEntry? latest = null;
        await foreach (var e in tables.QueryAllAsync(StorageNames.ReportsTable, filter, cancellationToken))
        {
            if (e.GetString("FailureReason") is not null) continue;
            var entry = ReportEntities.ToIndexEntry(e);
            if (latest is null || entry.ParsedAt > latest.ParsedAt) latest = entry;
        }
        return latest;
    }

    public async IAsyncEnumerable<ReportIndexEntry> ListAsync(int? reportYear = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = reportYear is null ? null : $"ReportYear eq {reportYear.Value}";
        await foreach (var e in tables.QueryAllAsync(StorageNames.ReportsTable, filter, cancellationToken))
            yield return ReportEntities.ToIndexEntry(e);
    }
}
