using System.Text;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Reports;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Parsing.Storage;

public sealed partial class TableParsedReportRepository
{
    /// <summary>
    /// Records a document that could not be parsed: a Reports row carrying the reason (the raw blob stays as evidence).
    /// </summary>
    public async Task<ReportIndexEntry> RecordFailureAsync(string reportId, string rawBlobName, string reason, string? agency,
        int? reportYear, string? sourceUrl, CancellationToken cancellationToken = default)
    {
        var row = new TableEntity(ReportKeys.PartitionKey(agency), ReportKeys.RowKey(reportYear, reportId));
        row["ReportId"] = reportId;
        row["Agency"] = string.IsNullOrWhiteSpace(agency) ? ReportKeys.UnknownAgency : agency;
        row["ReportYear"] = reportYear ?? 0;
        row["Format"] = ReportEntities.EnumText(ReportFormat.Unknown);
        row["Title"] = "";
        row["SourceUrl"] = EntityText.Cap(sourceUrl, 4000);
        row["RawBlobName"] = rawBlobName;
        row["ParserVersion"] = ParserVersion.Current;
        row["ParsedAt"] = _time.GetUtcNow();
        row["FailureReason"] = EntityText.Cap(reason, 4000);
        await tables.UpsertAsync(StorageNames.ReportsTable, row, replace: true, cancellationToken);
        return ReportEntities.ToIndexEntry(row);
    }

    private async Task SaveSectionsAsync(ParsedReport report, CancellationToken cancellationToken)
    {
        for (var i = 0; i < report.Sections.Count; i++)
        {
            var section = report.Sections[i];
            if (section.Text.Length <= EntityText.Preview) continue;
            await blobs.PutAsync(StorageNames.ParsedContainer, ReportKeys.SectionBlobName(report.ReportId, i),
                Encoding.UTF8.GetBytes(section.Text), "text/plain; charset=utf-8", cancellationToken: cancellationToken);
        }
        var rows = report.Sections.Select((s, i) => ReportEntities.Section(report.ReportId, i, s)).ToList();
        await ReplacePartitionAsync(StorageNames.SectionsTable, report.ReportId, rows, cancellationToken);
    }

    private static List<TableEntity> CellRows(ParsedReport report)
    {
        var rows = new List<TableEntity>();
        var firstOfKind = report.Tables.Where(t => t.Kind != CanonicalTable.Unknown).GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.First().Index);
        foreach (var table in report.Tables)
        {
            var repeat = firstOfKind.GetValueOrDefault(table.Kind, -1) != table.Index;
            foreach (var (cellId, value) in table.Cells)
                rows.Add(ReportEntities.Cell(report.ReportId, repeat ? $"{cellId}~{table.Index}" : cellId, table, cellId, value));
        }
        return rows;
    }

    /// <summary>Upserts the rows in batches of at most 100 and deletes rows of the partition that are no longer produced.</summary>
    private async Task ReplacePartitionAsync(string table, string partitionKey, List<TableEntity> rows, CancellationToken cancellationToken)
    {
        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var stale = new List<TableEntity>();
        await foreach (var existing in tables.QueryAllAsync(table, ODataFilter.PartitionKeyEquals(partitionKey), cancellationToken))
            if (!keep.Contains(existing.RowKey)) stale.Add(new TableEntity(partitionKey, existing.RowKey) { ETag = "*" });
        foreach (var chunk in rows.Select(TableOperation.UpsertReplace).Concat(stale.Select(TableOperation.Delete)).Chunk(MaxBatch))
            await tables.SubmitBatchAsync(table, chunk, cancellationToken);
    }
}
