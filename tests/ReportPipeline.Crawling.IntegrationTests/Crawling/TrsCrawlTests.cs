using System.Text;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.IntegrationTests.Infrastructure;
using static ReportPipeline.Crawling.IntegrationTests.Infrastructure.TrsSite;

namespace ReportPipeline.Crawling.IntegrationTests.Crawling;

[Collection(AzuriteCollection.Name)]
public sealed class TrsCrawlTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private LoopbackPortal _site = null!;
    private byte[] _gbkPage = null!;

    public async Task InitializeAsync()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _site = await LoopbackPortal.StartAsync();
        MapList(_site,
            [
                new("测试区2021年政府信息公开工作年度报告", "./202201/t20220125_105.htm", "2022-01-25"),
                new("区政府召开2017年政务公开工作推进会", "./201703/t20170301_103.htm", "2017-03-01"),
                new("2016年度政府网站工作年度报表", "./201701/t20170120_102.htm", "2017-01-20"),
            ],
            [
                new("测试区2016年政府信息公开年度报告", "./201703/t20170320_101.htm", "2017-03-20"),
            ]);
        _gbkPage = Encoding.GetEncoding(936).GetBytes(
            Detail("测试区2016年政府信息公开年度报告", ReportText("测试区二〇一六年依申请公开情况")).Replace("utf-8", "gbk", StringComparison.Ordinal));
        _site.MapHtml(Column + "202201/t20220125_105.htm", Detail("测试区2021年政府信息公开工作年度报告", ReportText("一、总体情况"), "2022-01-25"));
        _site.MapStatic(Column + "201703/t20170320_101.htm", _gbkPage, "text/html; charset=GBK");
        _site.MapHtml("/robots.txt", "User-agent: *\nDisallow: /manage/\n");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task HandleAsync_TwoListPagesWithGbkPage_StoresBothReportsWithMetadata()
    {
        var id = CrawlerHarness.NewPortalId("trs");
        using var h = new CrawlerHarness(azurite.Clients, [CrawlerHarness.Portal(id, "trs", ListUrl(_site))]);

        var report = await h.CrawlAsync(id);

        Assert.False(report.PortalFailed, report.Summary());
        Assert.Equal(2, report.ListPagesFetched);
        Assert.Equal(2, report.Stored.Count);
        var stored = await h.StoredAsync(id);
        var gbk = Assert.Single(stored, b => b.Metadata[RawBlobMetadata.SourceUrl].EndsWith("t20170320_101.htm", StringComparison.Ordinal));
        Assert.Equal(_gbkPage, gbk.Content.ToArray());
        Assert.Equal($"{id}/{gbk.Metadata[RawBlobMetadata.ContentSha256]}.html", gbk.Name);
        Assert.Equal("2017-03-20", gbk.Metadata[RawBlobMetadata.ListPageDate]);
        Assert.Equal("2017-03-20", gbk.Metadata[RawBlobMetadata.UrlDate]);
        Assert.Equal("2017-02-22", gbk.Metadata[RawBlobMetadata.PagePubDate]);
        Assert.Equal("2016", gbk.Metadata[RawBlobMetadata.ReportYear]);
        Assert.Equal("测试区人民政府", gbk.Metadata[RawBlobMetadata.Agency]);
        Assert.Equal("government", gbk.Metadata[RawBlobMetadata.AgencyLevel]);
        Assert.Equal("text/html; charset=GBK", gbk.Metadata[RawBlobMetadata.ContentType]);
        Assert.Equal("200", gbk.Metadata[RawBlobMetadata.Status]);
        Assert.Equal(id, gbk.Metadata[RawBlobMetadata.PortalId]);
        Assert.StartsWith("\"", gbk.Metadata[RawBlobMetadata.ETag], StringComparison.Ordinal);
        Assert.All(_site.Requests, r => Assert.StartsWith("ReportPipeline/1.0 (+https://", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_NewsAndWebsiteReportInColumn_SkippedNotFetched()
    {
        var id = CrawlerHarness.NewPortalId("trs");
        using var h = new CrawlerHarness(azurite.Clients, [CrawlerHarness.Portal(id, "trs", ListUrl(_site))]);

        var report = await h.CrawlAsync(id);

        Assert.Contains(report.Skipped, s => s.Title == "2016年度政府网站工作年度报表" && s.Reason.Contains("政府网站工作年度报表", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Title.Contains("推进会", StringComparison.Ordinal) && s.Reason.Contains("news", StringComparison.Ordinal));
        Assert.Equal(0, _site.CountOf(Column + "201701/t20170120_102.htm"));
        Assert.Equal(0, _site.CountOf(Column + "201703/t20170301_103.htm"));
    }

    [Fact]
    public async Task HandleAsync_SecondRunUnchanged_OnlyConditionalListPageAndNothingStored()
    {
        var id = CrawlerHarness.NewPortalId("trs");
        using var h = new CrawlerHarness(azurite.Clients, [CrawlerHarness.Portal(id, "trs", ListUrl(_site))]);
        await h.CrawlAsync(id);
        var before = _site.Requests.Count;

        var second = await h.CrawlAsync(id);

        var during = _site.Requests.Skip(before).ToList();
        var listRequest = Assert.Single(during);
        Assert.Equal(Column + "index.html", listRequest.Path);
        Assert.NotEmpty(listRequest.IfNoneMatch);
        Assert.Equal(1, second.ListPagesUnchanged);
        Assert.Empty(second.Stored);
        Assert.Equal(2, (await h.StoredAsync(id)).Count);
    }

    [Fact]
    public async Task HandleAsync_ResumeFromSecondListPage_StartsThere()
    {
        var id = CrawlerHarness.NewPortalId("trs");
        using var h = new CrawlerHarness(azurite.Clients, [CrawlerHarness.Portal(id, "trs", ListUrl(_site))]);

        var report = await h.CrawlAsync(id, resumeFrom: _site.Url(Column + "index_1.html").ToString());

        Assert.Equal(1, report.ListPagesFetched);
        var only = Assert.Single(report.Stored);
        Assert.EndsWith("t20170320_101.htm", only.SourceUrl, StringComparison.Ordinal);
    }
}
