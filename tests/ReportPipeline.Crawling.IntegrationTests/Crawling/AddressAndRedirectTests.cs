using ReportPipeline.Crawling.Fetching;
using ReportPipeline.Crawling.IntegrationTests.Infrastructure;
using static ReportPipeline.Crawling.IntegrationTests.Infrastructure.TrsSite;

namespace ReportPipeline.Crawling.IntegrationTests.Crawling;

[Collection(AzuriteCollection.Name)]
public sealed class AddressAndRedirectTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Report1 = Column + "202201/t20220125_1.htm";
    private const string Report2 = Column + "202101/t20210125_2.htm";
    private LoopbackPortal _site = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackPortal.StartAsync();
        MapList(_site, [[
            new("测试区2021年政府信息公开工作年度报告", Report1, "2022-01-25"),
            new("测试区2020年政府信息公开工作年度报告", Report2, "2021-01-25"),
        ]]);
        _site.MapHtml(Report2, Detail("测试区2020年政府信息公开工作年度报告", ReportText("二、主动公开")));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task HandleAsync_RedirectToMetadataEndpoint_RefusedEvenForPortalAllowingPrivate()
    {
        _site.Map(Report1, ctx =>
        {
            ctx.Response.StatusCode = 302;
            ctx.Response.Headers.Location = "http://169.254.169.254/latest/meta-data/iam/security-credentials/";
            return Task.CompletedTask;
        });
        var id = CrawlerHarness.NewPortalId("redir");
        using var h = new CrawlerHarness(azurite.Clients, [CrawlerHarness.Portal(id, "trs", ListUrl(_site), allowPrivate: true)]);

        var report = await h.CrawlAsync(id);

        var failed = Assert.Single(report.Failed);
        Assert.Equal(nameof(FetchOutcome.Refused), failed.Outcome);
        Assert.Contains("link-local address 169.254.169.254 refused", failed.Reason, StringComparison.Ordinal);
        Assert.Single(report.Stored);
    }

    [Fact]
    public async Task HandleAsync_PortalNotAllowedPrivate_LoopbackRefusedAndPortalFailed()
    {
        var id = CrawlerHarness.NewPortalId("strict");
        using var h = new CrawlerHarness(azurite.Clients, [CrawlerHarness.Portal(id, "trs", ListUrl(_site), allowPrivate: false)]);

        var report = await h.CrawlAsync(id);

        Assert.True(report.PortalFailed);
        Assert.Contains("loopback address 127.0.0.1 refused", report.FailureReason, StringComparison.Ordinal);
        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task FetchAsync_HostNameResolvingToLoopback_RefusedAfterDnsResolution()
    {
        using var h = new CrawlerHarness(azurite.Clients, []);
        var viaName = new UriBuilder(_site.Url(Report2)) { Host = "localhost" }.Uri;

        var result = await h.Fetcher.FetchAsync(new FetchRequest(viaName, AllowPrivateAddresses: false));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("loopback", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task FetchAsync_RedirectWithinPortal_FollowedAndFinalUrlKept()
    {
        _site.Map("/old.htm", ctx =>
        {
            ctx.Response.StatusCode = 301;
            ctx.Response.Headers.Location = Report2;
            return Task.CompletedTask;
        });
        using var h = new CrawlerHarness(azurite.Clients, []);

        var result = await h.Fetcher.FetchAsync(new FetchRequest(_site.Url("/old.htm"), AllowPrivateAddresses: true));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(_site.Url(Report2), result.FinalUrl);
        Assert.Equal(_site.Url("/old.htm"), result.RequestedUrl);
    }
}
