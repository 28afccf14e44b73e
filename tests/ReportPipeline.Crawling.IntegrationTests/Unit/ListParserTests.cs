using ReportPipeline.Core.Portals;
using ReportPipeline.Crawling.Discovery;

namespace ReportPipeline.Crawling.IntegrationTests.Unit;

public sealed class ListParserTests
{
    private static readonly PortalDefinition _portal = new() { Id = "p", Agency = "测试区人民政府" };
    private static readonly Uri _first = new("http://portal.example/xxgk/xxgknb/index.html");

    private const string TrsPage = """
        <div class="nav"><a href="/">首页</a><a href="/xxgk/">政务公开</a></div>
        <ul class="list">
          <li><a href="./202201/t20220125_105.htm" title="测试区2021年政府信息公开工作年度报告">测试区2021年政府信息公开工作...</a><span>2022-01-25</span></li>
          <li><a href="./201702/t20170222_123.htm">2016年度政府网站工作年度报表</a><span>2017/02/22</span></li>
          <li><a href="/files/P020160328.pdf">测试区2015年政府信息公开年度报告.pdf</a> 2016年03月28日</li>
        </ul>
        <script>createPageHTML(3, 0, "index", "html");</script>
        """;

    [Fact]
    public void TrsParse_ColumnPage_ItemsWithFullTitlesDatesAndNextPage()
    {
        var page = new TrsListParser().Parse(TrsPage, _first, _first, 0, _portal);

        Assert.Equal(3, page.Items.Count);
        Assert.Equal("测试区2021年政府信息公开工作年度报告", page.Items[0].Title);
        Assert.Equal(new Uri("http://portal.example/xxgk/xxgknb/202201/t20220125_105.htm"), page.Items[0].Url);
        Assert.Equal(new DateOnly(2022, 1, 25), page.Items[0].ListDate);
        Assert.Equal(new DateOnly(2017, 2, 22), page.Items[1].ListDate);
        Assert.Equal(new DateOnly(2016, 3, 28), page.Items[2].ListDate);
        Assert.Equal(new Uri("http://portal.example/xxgk/xxgknb/index_1.html"), page.NextPage);
    }

    [Fact]
    public void TrsParse_LastPageOfPager_NoNextPage()
    {
        var page = new TrsListParser().Parse(TrsPage, TrsListParser.PageUrl(_first, 2), _first, 2, _portal);

        Assert.Null(page.NextPage);
    }

    [Fact]
    public void TrsPageUrl_DirectoryUrl_UsesIndexHtml() =>
        Assert.Equal(new Uri("http://portal.example/col/index_4.html"),
            TrsListParser.PageUrl(new Uri("http://portal.example/col/"), 4));

    [Fact]
    public void HanwebParse_RecordsInDatastore_ItemsAndPageNum()
    {
        const string html = """
            <script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/col/col1/index.html?uid=9&pageNum=2">下一页</a>]]></nextgroup>
            <recordset>
            <record><![CDATA[<li><a href="/art/2021/1/28/art_1_2.html" title="测试区2020年政府信息公开工作年度报告">测试区2020年…</a><span>2021-01-28</span></li>]]></record>
            <record><![CDATA[<li><a href="/art/2020/1/20/art_1_1.html">测试区2019年政府信息公开工作年度报告</a><span>2020-01-20</span></li>]]></record>
            </recordset></datastore></script><totalpage>2</totalpage>
            """;
        var first = new Uri("http://portal.example/col/col1/index.html?uid=9");

        var page = new HanwebListParser().Parse(html, first, first, 0, _portal);

        Assert.Equal(2, page.Items.Count);
        Assert.Equal("测试区2020年政府信息公开工作年度报告", page.Items[0].Title);
        Assert.Equal(new DateOnly(2020, 1, 20), page.Items[1].ListDate);
        Assert.Equal(new Uri("http://portal.example/col/col1/index.html?uid=9&pageNum=2"), page.NextPage);
        Assert.Null(new HanwebListParser().Parse(html, page.NextPage!, first, 1, _portal).NextPage);
    }

    [Fact]
    public void GenericParse_Selectors_ItemsDatesAndNextPage()
    {
        const string html = """
            <table id="reports">
              <tr><td class="t"><a href="r/1.html">测试区2018年政府信息公开年报</a></td><td class="d">2019.02.01</td></tr>
              <tr><td class="t"><a href="r/2.html">测试区2017年政府信息公开年报</a></td><td class="d">2018.01.15</td></tr>
            </table>
            <a class="next" href="list_2.html">下一页</a>
            """;
        var portal = _portal with
        {
            Family = "generic",
            Selectors = new ListSelectors { Item = "//table[@id='reports']//tr", Link = ".//td[@class='t']/a", Date = ".//td[@class='d']", NextPage = "//a[@class='next']" },
        };
        var first = new Uri("http://portal.example/list.html");

        var page = new GenericListParser().Parse(html, first, first, 0, portal);

        Assert.Equal(2, page.Items.Count);
        Assert.Equal(new DateOnly(2019, 2, 1), page.Items[0].ListDate);
        Assert.Equal(new Uri("http://portal.example/r/2.html"), page.Items[1].Url);
        Assert.Equal(new Uri("http://portal.example/list_2.html"), page.NextPage);
    }
}
