using System.Text;
using ReportPipeline.Crawling.Discovery;

namespace ReportPipeline.Crawling.IntegrationTests.Unit;

public sealed class DetailAndDecodingTests
{
    static DetailAndDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Page = """
        <html><head><meta name="ArticleTitle" content="2016年崇川区政府信息公开工作年度报告"><meta name="PubDate" content="2017-02-22 10:30"></head>
        <body><div>您当前所在位置: 首页 &gt; 政府信息公开年报</div><p>发布时间:2017-02-23</p>
        <p>附件：<a href="/files/P020170222.pdf">年报.pdf</a> <a href="/down.jsp?filename=nb.docx">年报.docx</a> <a href="/x.htm">其他</a></p>
        <script>var s = "发布时间:1999-01-01";</script></body></html>
        """;

    [Fact]
    public void Parse_DetailPage_MetaDatesAndAttachments()
    {
        var page = DetailPageParser.Parse(Page, new Uri("http://portal.example/a/t.htm"));

        Assert.Equal("2016年崇川区政府信息公开工作年度报告", page.Title);
        Assert.Equal(new DateOnly(2017, 2, 22), page.PubDate);
        Assert.Equal(new DateOnly(2017, 2, 23), page.PageDate);
        Assert.Equal(["http://portal.example/files/P020170222.pdf", "http://portal.example/down.jsp?filename=nb.docx"],
            page.Attachments.Select(a => a.Url.ToString()));
    }

    [Fact]
    public void Decode_GbkDeclaredInHeader_ReadsChinese()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes("<p>政府信息公开年报</p>");

        Assert.Contains("政府信息公开年报", HtmlText.Decode(bytes, "text/html; charset=GBK"), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Gb2312DeclaredInMetaOnly_ReadsChinese()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>依申请公开</p>");

        Assert.Contains("依申请公开", HtmlText.Decode(bytes, "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UndeclaredGbk_DetectedByUtf8Failure()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes("<p>主动公开政府信息</p>");

        Assert.Contains("主动公开政府信息", HtmlText.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8WithBom_BomStripped() =>
        Assert.Equal("年报", HtmlText.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("年报")], null));
}
