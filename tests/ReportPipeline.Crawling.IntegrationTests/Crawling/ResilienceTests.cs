using ReportPipeline.Crawling.Fetching;
using ReportPipeline.Crawling.IntegrationTests.Infrastructure;
using static ReportPipeline.Crawling.IntegrationTests.Infrastructure.TrsSite;

namespace ReportPipeline.Crawling.IntegrationTests.Crawling;

/// <summary>Robots, Retry-After, retries, timeouts and size caps against a real loopback server.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ResilienceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Report1 = Column + "202201/t20220125_1.htm";
    private const string Report2 = Column + "202101/t20210125_2.htm";
    private LoopbackPortal _site = null!;
    private string _id = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackPortal.StartAsync();
        _id = CrawlerHarness.NewPortalId("res");
        MapList(_site, [[
            new("测试区2021年政府信息公开工作年度报告", Report1, "2022-01-25"),
            new("测试区2020年政府信息公开工作年度报告", Report2, "2021-01-25"),
        ]]);
        _site.MapHtml(Report1, Detail("测试区2021年政府信息公开工作年度报告", ReportText("一、总体情况")));
        _site.MapHtml(Report2, Detail("测试区2020年政府信息公开工作年度报告", ReportText("二、主动公开")));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private CrawlerHarness Harness(Action<CrawlerOptions>? configure = null) =>
        new(azurite.Clients, [CrawlerHarness.Portal(_id, "trs", ListUrl(_site))], configure);

    [Fact]
    public async Task HandleAsync_RobotsDisallowsReport_NotFetchedAndReported()
    {
        _site.MapHtml("/robots.txt", $"User-agent: *\nDisallow: {Report2}\n");
        using var h = Harness();

        var report = await h.CrawlAsync(_id);

        Assert.Equal(0, _site.CountOf(Report2));
        var failed = Assert.Single(report.Failed);
        Assert.Equal(nameof(FetchOutcome.RobotsDisallowed), failed.Outcome);
        Assert.Single(report.Stored);
    }

    [Fact]
    public async Task HandleAsync_RobotsCrawlDelay_RequestsSpacedByIt()
    {
        _site.MapHtml("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n");
        using var h = Harness();

        await h.CrawlAsync(_id);

        var times = _site.Requests.Where(r => r.Path != "/robots.txt").Select(r => r.At).ToList();
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(280),
            $"gap {(pair.Second - pair.First).TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task HandleAsync_429WithRetryAfter_WaitsThenSucceeds()
    {
        var calls = 0;
        _site.Map(Report1, ctx =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                ctx.Response.StatusCode = 429;
                ctx.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            }
            return Responses.Static(ctx, System.Text.Encoding.UTF8.GetBytes(Detail("t", ReportText("一、总体情况"))), "text/html; charset=utf-8");
        });
        using var h = Harness(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(1));

        var report = await h.CrawlAsync(_id);

        var hits = _site.Requests.Where(r => r.Path == Report1).Select(r => r.At).ToList();
        Assert.Equal(2, hits.Count);
        Assert.True(hits[1] - hits[0] >= TimeSpan.FromMilliseconds(950), $"waited {(hits[1] - hits[0]).TotalMilliseconds} ms");
        Assert.Equal(2, report.Stored.Count);
    }

    [Fact]
    public async Task HandleAsync_500sThenSuccess_RetriedAndStored()
    {
        var calls = 0;
        _site.Map(Report1, ctx => Interlocked.Increment(ref calls) <= 2
            ? Responses.Status(500)(ctx)
            : Responses.Static(ctx, System.Text.Encoding.UTF8.GetBytes(Detail("t", ReportText("一、总体情况"))), "text/html; charset=utf-8"));
        using var h = Harness();

        var report = await h.CrawlAsync(_id);

        Assert.Equal(3, _site.CountOf(Report1));
        Assert.Equal(2, report.Stored.Count);
        Assert.Empty(report.Failed);
    }

    [Fact]
    public async Task HandleAsync_PermanentServerError_FailureReportedAndRestCarriesOn()
    {
        _site.Map(Report1, Responses.Status(503));
        using var h = Harness(o => o.MaxRetries = 1);

        var report = await h.CrawlAsync(_id);

        var failed = Assert.Single(report.Failed);
        Assert.Contains("HTTP 503 after 2 attempt(s)", failed.Reason, StringComparison.Ordinal);
        Assert.EndsWith(Report2, Assert.Single(report.Stored).SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_HangingResponse_TimesOutAndRestCarriesOn()
    {
        _site.Map(Report1, async ctx => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted));
        using var h = Harness(o => { o.Timeout = TimeSpan.FromMilliseconds(500); o.MaxRetries = 1; o.BreakerMinimumThroughput = 100; });

        var report = await h.CrawlAsync(_id);

        var failed = Assert.Single(report.Failed, f => f.Url.EndsWith(Report1, StringComparison.Ordinal));
        Assert.Single(report.Failed);
        Assert.Contains("timed out", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(2, _site.CountOf(Report1));
        Assert.Single(report.Stored);
    }

    [Fact]
    public async Task HandleAsync_DocumentOverSizeCap_RefusedAsTooLarge()
    {
        _site.Map(Report1, async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            for (var i = 0; i < 64; i++) await ctx.Response.Body.WriteAsync(new byte[1024]);
        });
        using var h = Harness(o => o.MaxDocumentBytes = 16 * 1024);

        var report = await h.CrawlAsync(_id);

        var failed = Assert.Single(report.Failed);
        Assert.Equal(nameof(FetchOutcome.TooLarge), failed.Outcome);
        Assert.Single(report.Stored);
    }

    [Fact]
    public async Task HandleAsync_HostKeepsFailing_CircuitOpensAndStopsCallingIt()
    {
        _site.Map(Report1, Responses.Status(500));
        _site.Map(Report2, Responses.Status(500));
        using var h = Harness(o => { o.MaxRetries = 3; o.BreakerMinimumThroughput = 3; o.BreakerFailureRatio = 0.5; });

        var report = await h.CrawlAsync(_id);

        Assert.Equal(2, report.Failed.Count);
        Assert.Contains(report.Failed, f => f.Reason.Contains("circuit open", StringComparison.Ordinal));
        Assert.True(_site.CountOf(Report1) + _site.CountOf(Report2) < 8, "the open circuit spared the host some retries");
    }
}
