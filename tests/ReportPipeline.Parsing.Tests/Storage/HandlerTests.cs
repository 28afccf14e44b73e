using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Storage;
using ReportPipeline.Parsing.Storage;

namespace ReportPipeline.Parsing.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public class HandlerTests(AzuriteFixture azurite)
{
    private readonly ParseReportHandler _handler = new(azurite.Clients.Blobs, azurite.Clients.Queues, ParserFixture.Parser,
        new TableParsedReportRepository(azurite.Clients.Tables, azurite.Clients.Blobs));

    [Fact]
    public async Task HandleAsync_RawBlobWithMetadata_StoresReportAndEnqueuesCheck()
    {
        var agency = $"测试市测试区人民政府{Guid.NewGuid():N}";
        var name = await PutRawAsync(UniqueSeed.Bytes("002", out _), new Dictionary<string, string>
        {
            [RawBlobMetadata.Agency] = agency,
            [RawBlobMetadata.AgencyLevel] = "government",
            [RawBlobMetadata.SourceUrl] = "http://www.example.gov.cn/zfxxgk/201702/t20170225_123.html",
            [RawBlobMetadata.ListPageDate] = "2017-02-23",
        });

        var outcome = await _handler.HandleAsync(name);

        Assert.True(outcome.Succeeded);
        Assert.Equal(agency, outcome.Agency);
        Assert.Equal(2016, outcome.ReportYear);
        var row = await azurite.Clients.Tables.GetAsync(StorageNames.ReportsTable, ReportKeys.PartitionKey(agency),
            ReportKeys.RowKey(2016, outcome.ReportId));
        Assert.Equal(name, row?.GetString("RawBlobName"));
        var stored = await new TableParsedReportRepository(azurite.Clients.Tables, azurite.Clients.Blobs).GetAsync(outcome.ReportId);
        Assert.Contains(stored!.DateSignals, s => s.Kind == DateEvidenceKind.ListPageDate && s.Date == new DateOnly(2017, 2, 23));
        Assert.Contains(stored.DateSignals, s => s.Kind == DateEvidenceKind.UrlDate && s.Date == new DateOnly(2017, 2, 25));
        Assert.Equal(DateEvidenceKind.PageDate, stored.PublishedOn?.Kind);
        Assert.Contains(stored.Warnings, w => w.Contains("崇川区人民政府", StringComparison.Ordinal));
        var message = await ReceiveCheckAsync(outcome.ReportId);
        Assert.Null(message.ParseFailure);
        Assert.Equal(ReportKeys.PartitionKey(agency), message.ReportsPartitionKey);
        Assert.Equal(name, message.RawBlobName);
    }

    [Fact]
    public async Task HandleAsync_UnreadableBlob_RecordsFailureKeepsRawAndEnqueuesCheckWithReason()
    {
        var agency = $"测试局{Guid.NewGuid():N}";
        var bytes = "%PDF-1.4\n%garbage that is not a pdf"u8.ToArray().Concat(Guid.NewGuid().ToByteArray()).ToArray();
        var name = await PutRawAsync(bytes, new Dictionary<string, string>
        {
            [RawBlobMetadata.Agency] = agency,
            [RawBlobMetadata.ReportYear] = "2023",
        });

        var outcome = await _handler.HandleAsync(name);

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("PDF could not be read", outcome.FailureReason, StringComparison.Ordinal);
        var row = await azurite.Clients.Tables.GetAsync(StorageNames.ReportsTable, ReportKeys.PartitionKey(agency),
            ReportKeys.RowKey(2023, outcome.ReportId));
        Assert.Equal(outcome.FailureReason, row?.GetString("FailureReason"));
        Assert.NotNull(await azurite.Clients.Blobs.GetAsync(StorageNames.RawContainer, name));
        var message = await ReceiveCheckAsync(outcome.ReportId);
        Assert.Equal(outcome.FailureReason, message.ParseFailure);
        Assert.Equal(2023, message.ReportYear);
        Assert.Equal(agency, message.Agency);
    }

    [Fact]
    public async Task HandleAsync_MissingBlob_ThrowsSoTheHostRetries()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => _handler.HandleAsync($"parser-tests/{Guid.NewGuid():N}.txt"));

        Assert.Contains("not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReparseAllAsync_PrefixWithTwoBlobs_ParsesBothAndReportsProgress()
    {
        var prefix = $"parser-reparse-{Guid.NewGuid():N}/";
        await PutRawAsync(UniqueSeed.Bytes("000", out _), new Dictionary<string, string>(), prefix);
        await PutRawAsync("\0\0binary"u8.ToArray(), new Dictionary<string, string>(), prefix);
        var lines = new List<string>();

        var summary = await _handler.ReparseAllAsync(prefix, new Progress<string>(lines.Add));

        Assert.Equal(new ReparseSummary(1, 1, 0), summary);
    }

    private async Task<string> PutRawAsync(byte[] content, Dictionary<string, string> metadata, string prefix = "parser-tests/")
    {
        var name = $"{prefix}{Guid.NewGuid():N}.txt";
        await azurite.Clients.Blobs.PutAsync(StorageNames.RawContainer, name, content, "text/plain; charset=utf-8", metadata);
        return name;
    }

    /// <summary>The check queue is shared: take only our message; others become visible again within a second.</summary>
    private async Task<CheckReportMessage> ReceiveCheckAsync(string reportId)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            foreach (var m in await azurite.Clients.Queues.ReceiveAsync(StorageNames.CheckReportQueue, 32, TimeSpan.FromSeconds(1)))
            {
                CheckReportMessage message;
                try { message = PipelineJson.Deserialize<CheckReportMessage>(m.Text); }
                catch (System.Text.Json.JsonException) { continue; }
                if (message.ReportId != reportId) continue;
                await azurite.Clients.Queues.DeleteAsync(StorageNames.CheckReportQueue, m.MessageId, m.PopReceipt);
                return message;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"no check-report message for {reportId}");
    }
}
