using System.Text;
using DocumentFormat.OpenXml.Packaging;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.IntegrationTests.Infrastructure;
using ReportPipeline.Crawling.Registry;
using ReportPipeline.DemoPortal;

namespace ReportPipeline.Crawling.IntegrationTests.Crawling;

[Collection(AzuriteCollection.Name)]
public sealed class DemoPortalTests(AzuriteFixture azurite)
{
    private static string Seed(string number) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(RepoRoot(), "tests", "fixtures", "seeds"), $"{number}_*.txt").Single());

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReportPipeline.sln not found above the test directory");
    }

    [Fact]
    public async Task HandleAsync_DemoPortal_StoresTheFiveSeedReports()
    {
        await using var demo = await DemoPortalServer.StartAsync(0);
        var portals = PortalRegistry.Rebase(PortalRegistry.Load("Registry/portals.demo.json"), demo.BaseUrl.ToString());
        var id = CrawlerHarness.NewPortalId("demo");
        using var h = new CrawlerHarness(azurite.Clients, [portals[0] with { Id = id }]);

        var report = await h.CrawlAsync(id);

        Assert.False(report.PortalFailed, report.Summary());
        Assert.Equal(2, report.ListPagesFetched);
        Assert.Equal(5, report.Stored.Count);
        Assert.Equal(
            portals[0].ExpectedAgencies.Select(a => a.Name).Order(StringComparer.Ordinal),
            report.Stored.Select(s => s.Agency).Order(StringComparer.Ordinal));
        Assert.Contains(report.Skipped, s => s.Title == "2016年度政府网站工作年度报表");
        Assert.Contains(report.Skipped, s => s.Title.Contains("推进会", StringComparison.Ordinal));
        var stored = await h.StoredAsync(id);
        var docx = Assert.Single(stored, b => b.Name.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Equal("2015", docx.Metadata[RawBlobMetadata.ReportYear]);
        Assert.Equal("other", docx.Metadata[RawBlobMetadata.AgencyLevel]);
        var gbk = Assert.Single(stored, b => b.Metadata[RawBlobMetadata.ContentType].Contains("GBK", StringComparison.Ordinal));
        Assert.Equal("2021", gbk.Metadata[RawBlobMetadata.ReportYear]);
        var copy = Assert.Single(stored, b => b.Metadata[RawBlobMetadata.SourceUrl].EndsWith("t20170222_123.htm", StringComparison.Ordinal));
        Assert.Equal("2017-02-22", copy.Metadata[CrawlerMetadata.PageDate]);
    }

    [Fact]
    public async Task DemoPortal_GbkPageAndDocx_KeepSeedTextIntact()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var demo = await DemoPortalServer.StartAsync(0);
        using var http = new HttpClient();
        var gbkEntry = DemoSite.Entries.Single(e => e.Kind == DemoEntryKind.GbkPage);
        var docxEntry = DemoSite.Entries.Single(e => e.Kind == DemoEntryKind.DocxAttachment);

        using var page = await http.GetAsync(new Uri(demo.BaseUrl, gbkEntry.Path));
        var html = Encoding.GetEncoding(936).GetString(await page.Content.ReadAsByteArrayAsync());
        var docxBytes = await http.GetByteArrayAsync(new Uri(demo.BaseUrl, docxEntry.AttachmentPath));
        using var docx = WordprocessingDocument.Open(new MemoryStream(docxBytes), false);
        var docxLines = docx.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText);

        Assert.Equal("GBK", page.Content.Headers.ContentType!.CharSet);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Seed("001").Split('\n')[3]), html, StringComparison.Ordinal);
        Assert.Equal(Seed("004").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), docxLines);
    }

    [Fact]
    public async Task DemoPortal_RobotsAndConditionalGet_AnswerLikeAStaticServer()
    {
        await using var demo = await DemoPortalServer.StartAsync(0);
        using var http = new HttpClient();

        var robots = await http.GetStringAsync(new Uri(demo.BaseUrl, "/robots.txt"));
        using var first = await http.GetAsync(demo.ListUrl);
        using var again = new HttpRequestMessage(HttpMethod.Get, demo.ListUrl);
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var second = await http.SendAsync(again);

        Assert.Contains("Disallow: /manage/", robots, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal("127.0.0.1", demo.BaseUrl.Host);
    }
}
