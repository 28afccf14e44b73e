using System.Text;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Tests.Variants;

/// <summary>HTML pages as portals publish them: spans, colspan/rowspan, full-width digits, typos, blanks, GBK.</summary>
public class HtmlVariantTests
{
    [Fact]
    public async Task ParseAsync_RowspanColspanTable_MapsEveryRowAndColumn()
    {
        var report = await ParseHtmlAsync(ApplicationsTableHtml.Page(ApplicationsTableHtml.Render()));

        var table = Assert.Single(report.Tables);
        Assert.Equal(CanonicalTable.Applications, table.Kind);
        Assert.Equal(25 * 7, table.Cells.Count);
        for (var i = 0; i < ApplicationsTableHtml.Rows.Length; i++)
        {
            var id = ApplicationsTableHtml.Rows[i].Id;
            Assert.Equal(i + 1, table.Cells[$"applications.{id}.natural"].Value);
            Assert.Equal(1m, table.Cells[$"applications.{id}.enterprise"].Value);
            Assert.Equal(i + 2, table.Cells[$"applications.{id}.total"].Value);
        }
        Assert.Equal(ReportFormat.Standard2021, report.Format);
        Assert.Equal(2m, report.Metrics[MetricIds.ApplicationsNew].Value);
        Assert.Equal("测试市测试区人民政府", report.Agency);
    }

    [Fact]
    public async Task ParseAsync_FullWidthDigitsAndNumbersSplitAcrossSpans_JoinsAndNormalises()
    {
        string Cell(string id, int column, int value) => column switch
        {
            0 when id == "refused.3" => "１,０２３",
            0 => string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('０' + (d - '0')))),
            6 => string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => $"<span style=\"font-size:12pt\">{d}</span>\n")),
            _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var report = await ParseHtmlAsync(ApplicationsTableHtml.Page(ApplicationsTableHtml.Render(cell: Cell)));

        var cells = Assert.Single(report.Tables).Cells;
        Assert.Equal(7m, cells["applications.refused.2.total"].Value);
        Assert.Equal("6", cells["applications.refused.2.natural"].Raw);
        Assert.Equal(6m, cells["applications.refused.2.natural"].Value);
        Assert.Equal(1000m + 23m, cells["applications.refused.3.natural"].Value);
        Assert.Equal(25m, cells["applications.total.total"].Value);
    }

    [Fact]
    public async Task ParseAsync_BlankAndSlashCells_AreMissingNotZero()
    {
        string Cell(string id, int column, int value) =>
            id == "new" && column == 2 ? "" : id == "new" && column == 3 ? "/" : id == "carriedOver" && column == 4 ? "&nbsp;" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var report = await ParseHtmlAsync(ApplicationsTableHtml.Page(ApplicationsTableHtml.Render(cell: Cell)));

        var cells = Assert.Single(report.Tables).Cells;
        Assert.True(cells["applications.new.research"].IsMissing);
        Assert.Equal("/", cells["applications.new.welfare"].Raw);
        Assert.Null(cells["applications.new.welfare"].Value);
        Assert.Null(cells["applications.carriedOver.legal"].Value);
        Assert.Equal(0m, cells["applications.new.legal"].Value);
    }

    [Fact]
    public async Task ParseAsync_LabelTyposLineBreaksAndNumberingStyles_StillMatchRows()
    {
        string Label(string text) => text
            .Replace("本年新收", "本年薪收", StringComparison.Ordinal)
            .Replace("上年结转政府信息公开申请数量", "上年结转政府信息<br/>公开申请数量", StringComparison.Ordinal)
            .Replace("1.属于国家秘密", "（1）属于国家秘蜜", StringComparison.Ordinal)
            .Replace("2.重复申请", "2、重复申请", StringComparison.Ordinal)
            .Replace("4.无正当理由大量反复申请", "４．无正当理由大量\n反复申请", StringComparison.Ordinal)
            .Replace("（七）总计", "(七)总 计", StringComparison.Ordinal);

        var report = await ParseHtmlAsync(ApplicationsTableHtml.Page(ApplicationsTableHtml.Render(label: Label)));

        var cells = Assert.Single(report.Tables).Cells;
        Assert.Equal(1m, cells["applications.new.natural"].Value);
        Assert.Equal(2m, cells["applications.carriedOver.natural"].Value);
        Assert.Equal(5m, cells["applications.refused.1.natural"].Value);
        Assert.Equal(17m, cells["applications.notProcessed.2.natural"].Value);
        Assert.Equal(19m, cells["applications.notProcessed.4.natural"].Value);
        Assert.Equal(25m, cells["applications.total.total"].Value);
    }

    [Fact]
    public async Task ParseAsync_TwoTablesOfTheSameShape_MapsBothAndWarns()
    {
        var table = ApplicationsTableHtml.Render();
        var report = await ParseHtmlAsync(ApplicationsTableHtml.Page(table + "<p>附：上年度数据</p>" +
            table.Replace("<td>1</td><td>0</td>", "<td>9</td><td>0</td>", StringComparison.Ordinal)));

        Assert.Equal(2, report.Tables.Count);
        Assert.All(report.Tables, t => Assert.Equal(CanonicalTable.Applications, t.Kind));
        Assert.Equal([0, 1], report.Tables.Select(t => t.Index));
        Assert.Equal(1m, report.Tables[0].Cells["applications.new.enterprise"].Value);
        Assert.Equal(9m, report.Tables[1].Cells["applications.new.enterprise"].Value);
        Assert.Contains(report.Warnings, w => w.Contains("2 tables of kind applications", StringComparison.Ordinal));
        Assert.Equal("table 0: applications.new.total", report.Metrics[MetricIds.ApplicationsNew].Evidence);
    }

    [Theory]
    [InlineData("text/html; charset=GBK", "")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")]
    public async Task ParseAsync_GbkPage_DecodesFromHeaderOrMetaCharset(string contentType, string meta)
    {
        var html = ApplicationsTableHtml.Page(ApplicationsTableHtml.Render(), head: meta);
        var bytes = TextDecoder.Gb18030.GetBytes(html);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        var report = await ParserFixture.ParseAsync(bytes, contentType, "http://www.test.gov.cn/art/2022/1/20/art_1.html");

        Assert.Equal("测试市测试区人民政府2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal(25m, Assert.Single(report.Tables).Cells["applications.total.total"].Value);
        Assert.Equal(new DateOnly(2022, 1, 20), report.PublishedOn?.Date);
    }

    [Fact]
    public async Task ParseAsync_PageChromeAndHiddenSpam_KeptApartFromTheText()
    {
        var body = ApplicationsTableHtml.Render() +
            "<div style=\"display:none\"><a href=\"http://bet.example.com/\">bt365在线投注</a></div>" +
            "<p>详见<a href=\"http://casino.example.net/x\">这里</a></p>";

        var report = await ParseHtmlAsync(ApplicationsTableHtml.Page(body));

        Assert.Contains("首页 | 政务公开", report.ChromeText, StringComparison.Ordinal);
        Assert.Contains("您当前所在位置", report.ChromeText, StringComparison.Ordinal);
        Assert.Contains("版权所有", report.ChromeText, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bt365", report.Text, StringComparison.Ordinal);
        Assert.Contains(report.HiddenFragments, f => f.Contains("bt365在线投注", StringComparison.Ordinal));
        Assert.Contains(report.HiddenFragments, f => f.Contains("casino.example.net", StringComparison.Ordinal));
        Assert.Equal(["一", "三"], report.Sections.Select(s => s.Number));
    }

    [Fact]
    public async Task ParseAsync_ReadablePageThatIsNotAReport_SucceedsWithUnknownFormat()
    {
        var html = "<html><head><title>关于开展春季植树活动的通知</title></head><body><p>各单位：请于3月12日前报名参加植树活动。</p></body></html>";

        var report = await ParseHtmlAsync(html);

        Assert.Equal(ReportFormat.Unknown, report.Format);
    }

    private static Task<ParsedReport> ParseHtmlAsync(string html) =>
        ParserFixture.ParseAsync(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", "http://www.test.gov.cn/art/2022/1/20/art_1.html");
}
