using System.Text;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Storage;
using ReportPipeline.Parsing.Storage;

namespace ReportPipeline.Parsing.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public class RepositoryTests(AzuriteFixture azurite)
{
    private readonly TableParsedReportRepository _repository = new(azurite.Clients.Tables, azurite.Clients.Blobs);

    [Fact]
    public async Task SaveAsync_SameReportTwice_LeavesTheSameRows()
    {
        var report = await ParseUniqueAsync("001");

        await _repository.SaveAsync(report, "parser-tests/a.txt");
        var first = await SnapshotAsync(report.ReportId);
        await _repository.SaveAsync(report, "parser-tests/a.txt");
        var second = await SnapshotAsync(report.ReportId);

        Assert.Equal(6 + 7, first[StorageNames.SectionsTable].Count);
        Assert.Equal(200, first[StorageNames.CellsTable].Count);
        Assert.Equal(report.Metrics.Count, first[StorageNames.MetricsTable].Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task SaveAsync_Report_WritesIndexRowCellsAndMetricsWithValues()
    {
        var report = await ParseUniqueAsync("002", agency: $"测试区人民政府{Guid.NewGuid():N}");

        var entry = await _repository.SaveAsync(report, "parser-tests/b.txt");

        var row = await azurite.Clients.Tables.GetAsync(StorageNames.ReportsTable, ReportKeys.PartitionKey(report.Agency),
            ReportKeys.RowKey(2016, report.ReportId));
        Assert.NotNull(row);
        Assert.Equal("narrative-2008", row.GetString("Format"));
        Assert.Equal("2017-02-22", row.GetString("PublishedOn"));
        Assert.Equal(ParserVersion.Current, row.GetString("ParserVersion"));
        Assert.Equal(report.Agency, entry.Agency);
        var cell = await azurite.Clients.Tables.GetAsync(StorageNames.CellsTable, report.ReportId, "stats2008.proactive.total");
        Assert.Equal(13100d, cell?.GetDouble("Value"));
        var blank = await azurite.Clients.Tables.GetAsync(StorageNames.CellsTable, report.ReportId, "stats2008.org.budget");
        Assert.NotNull(blank);
        Assert.Null(blank.GetDouble("Value"));
        var metric = await azurite.Clients.Tables.GetAsync(StorageNames.MetricsTable, report.ReportId, MetricIds.ProactiveTotal);
        Assert.Equal("table", metric?.GetString("Source"));
        var latest = await _repository.FindLatestAsync(report.Agency!, 2016);
        Assert.Equal(report.ReportId, latest?.ReportId);
    }

    [Fact]
    public async Task GetAsync_SavedReport_ReturnsTheSameModel()
    {
        var report = await ParseUniqueAsync("001");
        await _repository.SaveAsync(report, "parser-tests/c.txt");

        var loaded = await _repository.GetAsync(report.ReportId);

        Assert.NotNull(loaded);
        Assert.Equal(PipelineJson.Serialize(report), PipelineJson.Serialize(loaded));
    }

    [Fact]
    public async Task SaveAsync_ReparseWithFewerMetricsAndLongSection_RemovesStaleRowsAndKeepsFullTextInBlob()
    {
        var report = await ParseUniqueAsync("002");
        await _repository.SaveAsync(report, "parser-tests/d.txt");
        var longText = "一、很长的部分\n" + new string('文', 9000);
        var upgraded = report with
        {
            Metrics = report.Metrics.Take(1).ToDictionary(),
            Sections = [new ReportSection("一", "很长的部分", 1, longText, 0, longText.Length)],
        };

        await _repository.SaveAsync(upgraded, "parser-tests/d.txt");

        var snapshot = await SnapshotAsync(report.ReportId);
        Assert.Single(snapshot[StorageNames.MetricsTable]);
        var section = await azurite.Clients.Tables.GetAsync(StorageNames.SectionsTable, report.ReportId, "000");
        Assert.Equal(4000, section?.GetString("Preview")?.Length);
        Assert.Null(await azurite.Clients.Tables.GetAsync(StorageNames.SectionsTable, report.ReportId, "001"));
        var blob = await azurite.Clients.Blobs.GetAsync(StorageNames.ParsedContainer, section!.GetString("TextBlobName")!);
        Assert.Equal(longText, Encoding.UTF8.GetString(blob!.Content.Span));
    }

    private static async Task<ParsedReport> ParseUniqueAsync(string seed, string? agency = null)
    {
        var metadata = new Dictionary<string, string>();
        if (agency is not null) metadata[RawBlobMetadata.Agency] = agency;
        return await ParserFixture.ParseAsync(UniqueSeed.Bytes(seed, out _), "text/plain", metadata: metadata);
    }

    private async Task<Dictionary<string, List<string>>> SnapshotAsync(string reportId)
    {
        var snapshot = new Dictionary<string, List<string>>();
        foreach (var table in new[] { StorageNames.SectionsTable, StorageNames.CellsTable, StorageNames.MetricsTable })
        {
            var rows = new List<string>();
            await foreach (var e in azurite.Clients.Tables.QueryAllAsync(table, ODataFilter.PartitionKeyEquals(reportId)))
                rows.Add(e.RowKey + "=" + string.Join(";", e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value}")));
            snapshot[table] = rows.Order(StringComparer.Ordinal).ToList();
        }
        return snapshot;
    }
}
