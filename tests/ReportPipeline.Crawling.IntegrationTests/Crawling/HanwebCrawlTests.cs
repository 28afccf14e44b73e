using System.Text;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.IntegrationTests.Infrastructure;

namespace ReportPipeline.Crawling.IntegrationTests.Crawling;

[Collection(AzuriteCollection.Name)]
public sealed class HanwebCrawlTests(AzuriteFixture azurite)
{
    private static string Page(int total, params (string Title, string Href, string Date)[] records)
    {
        var s = new StringBuilder("<html><body><div id=\"1234\"><script type=\"text/xml\"><datastore><recordset>");
        foreach (var (title, href, date) in records)
            s.Append($"<record><![CDATA[<li><a href=\"{href}\" title=\"{title}\" target=\"_blank\">{title}</a><span>{date}</span></li>]]></record>");
        s.Append($"</recordset></datastore></script><totalpage>{total}</totalpage></div></body></html>");
        return s.ToString();
    }

    [Fact]
    public async Task HandleAsync_HanwebColumnWithPdfAttachment_StoresPageAndAttachment()
    {
        await using var site = await LoopbackPortal.StartAsync();
        site.MapHtml("/col/col1/index.html?uid=9", Page(2,
            ("测试区2020年政府信息公开工作年度报告", "/art/2021/1/28/art_1_2.html", "2021-01-28"),
            ("测试区2021年政务公开工作要点", "/art/2021/3/1/art_1_3.html", "2021-03-01")));
        site.MapHtml("/col/col1/index.html?uid=9&pageNum=2", Page(2,
            ("测试区2019年政府信息公开工作年度报告", "/art/2020/1/20/art_1_1.html", "2020-01-20")));
        site.MapHtml("/art/2021/1/28/art_1_2.html", TrsSite.Detail("测试区2020年政府信息公开工作年度报告", TrsSite.ReportText("一、总体情况"), "2021-01-28"));
        site.MapHtml("/art/2020/1/20/art_1_1.html",
            "<html><head><meta name=\"PubDate\" content=\"2020-01-20\"></head><body><p>测试区2019年政府信息公开工作年度报告</p>"
            + "<p>附件：<a href=\"/module/download/downfile.jsp?classid=0&amp;filename=nb2019.pdf\">年报.pdf</a></p></body></html>");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% test report\n%%EOF\n");
        site.MapStatic("/module/download/downfile.jsp", pdf, "application/pdf");
        var id = CrawlerHarness.NewPortalId("hanweb");
        using var h = new CrawlerHarness(azurite.Clients,
            [CrawlerHarness.Portal(id, "hanweb", site.Url("/col/col1/index.html?uid=9"))]);

        var report = await h.CrawlAsync(id);

        Assert.Equal(2, report.ListPagesFetched);
        Assert.Contains(report.Skipped, s => s.Title.Contains("工作要点", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Reason.Contains("wraps 1 attachment", StringComparison.Ordinal));
        Assert.Equal(2, report.Stored.Count);
        var stored = await h.StoredAsync(id);
        var attachment = Assert.Single(stored, b => b.Name.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(pdf, attachment.Content.ToArray());
        Assert.EndsWith("/art/2020/1/20/art_1_1.html", attachment.Metadata[RawBlobMetadata.ParentUrl], StringComparison.Ordinal);
        Assert.Equal("2020-01-20", attachment.Metadata[RawBlobMetadata.UrlDate]);
        Assert.Equal("2020-01-20", attachment.Metadata[RawBlobMetadata.PagePubDate]);
        Assert.Equal("2019", attachment.Metadata[RawBlobMetadata.ReportYear]);
    }
}
