using ReportPipeline.Core.Messages;
using ReportPipeline.Crawling.IntegrationTests.Infrastructure;
using static ReportPipeline.Crawling.IntegrationTests.Infrastructure.TrsSite;

namespace ReportPipeline.Crawling.IntegrationTests.Crawling;

[Collection(AzuriteCollection.Name)]
public sealed class VersionsAndHealthTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Report = Column + "202201/t20220125_1.htm";
    private LoopbackPortal _site = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackPortal.StartAsync();
        MapList(_site, [[new("测试区2021年政府信息公开工作年度报告", Report, "2022-01-25")]]);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task HandleAsync_DocumentChangedAtSameUrl_NewVersionLinkedToPrevious()
    {
        _site.MapHtml(Report, Detail("测试区2021年政府信息公开工作年度报告", ReportText("收到申请92件")));
        var id = CrawlerHarness.NewPortalId("ver");
        using var h = new CrawlerHarness(azurite.Clients, [CrawlerHarness.Portal(id, "trs", ListUrl(_site))]);
        var first = await h.CrawlAsync(id);
        MapList(_site, [[new("测试区2021年政府信息公开工作年度报告（更新）", Report, "2022-01-25")]]);
        _site.MapHtml(Report, Detail("测试区2021年政府信息公开工作年度报告", ReportText("收到申请93件")));

        var second = await h.CrawlAsync(id);

        var original = Assert.Single(first.Stored);
        var edited = Assert.Single(second.Edited);
        Assert.Equal(original.BlobName, $"{id}/{edited.PreviousSha256}.html");
        var versions = await h.StoredAsync(id);
        Assert.Equal(2, versions.Count);
        var newest = Assert.Single(versions, v => v.Name == edited.NewBlobName);
        Assert.Equal(edited.PreviousSha256, newest.Metadata[CrawlerMetadata.PreviousSha256]);
    }

    [Fact]
    public async Task HandleAsync_PortalDownThreeRunsInARow_PersistentlyFailingThenResetOnSuccess()
    {
        _site.Map(Column + "index.html", Responses.Status(500));
        _site.MapHtml(Report, Detail("t", ReportText("一、总体情况")));
        var id = CrawlerHarness.NewPortalId("down");
        using var h = new CrawlerHarness(azurite.Clients, [CrawlerHarness.Portal(id, "trs", ListUrl(_site))],
            o => { o.MaxRetries = 0; o.FailureThreshold = 3; });

        var runs = new List<CrawlReport>();
        for (var i = 0; i < 3; i++) runs.Add(await h.CrawlAsync(id));
        MapList(_site, [[new("测试区2021年政府信息公开工作年度报告", Report, "2022-01-25")]]);
        var recovered = await h.CrawlAsync(id);

        Assert.Equal([1, 2, 3], runs.Select(r => r.ConsecutiveFailures));
        Assert.Equal([false, false, true], runs.Select(r => r.PersistentlyFailing));
        Assert.All(runs, r => Assert.Contains("HTTP 500", r.FailureReason, StringComparison.Ordinal));
        Assert.Equal(0, recovered.ConsecutiveFailures);
        Assert.False(recovered.PortalFailed);
        Assert.Equal(0, (await h.State.GetHealthAsync(id, default))!.ConsecutiveFailures);
    }

    [Fact]
    public async Task FanOut_EnabledAndDuePortals_OneMessageEach()
    {
        _site.MapHtml(Report, Detail("t", ReportText("一、总体情况")));
        var due = CrawlerHarness.NewPortalId("due");
        var crawled = CrawlerHarness.NewPortalId("done");
        var disabled = CrawlerHarness.NewPortalId("off");
        using var h = new CrawlerHarness(azurite.Clients,
        [
            CrawlerHarness.Portal(due, "trs", ListUrl(_site)),
            CrawlerHarness.Portal(crawled, "trs", ListUrl(_site)),
            CrawlerHarness.Portal(disabled, "trs", ListUrl(_site)) with { Enabled = false },
        ]);
        await h.CrawlAsync(crawled);

        var sent = await h.FanOut.HandleAsync();

        Assert.Equal(1, sent);
        var message = Assert.Single(await h.Clients.Queues.ReceiveAsync(h.Options.CrawlPortalQueue, 10, TimeSpan.FromSeconds(30)));
        Assert.Equal(due, PipelineJson.Deserialize<CrawlPortalMessage>(message.Text).PortalId);
    }
}
