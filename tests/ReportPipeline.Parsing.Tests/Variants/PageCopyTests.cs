using System.Net;
using System.Text;
using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tests.Variants;

/// <summary>A seed published as an HTML page (one &lt;p&gt; per line, portal chrome around it) reads like the text copy.</summary>
public class PageCopyTests
{
    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    public async Task ParseAsync_SeedAsHtmlPage_SameTablesAndMetricsAsTheTextCopy(string seed)
    {
        var text = await File.ReadAllTextAsync(RepoPaths.Seed(seed));
        var page = "<html><head><title>年报</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div>" +
            "<div class=\"content\">" + string.Concat(text.Split('\n').Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>")) +
            "</div><div class=\"footer\">版权所有：测试</div></body></html>";

        var fromText = await ParserFixture.ParseSeedAsync(seed);
        var fromPage = await ParserFixture.ParseAsync(Encoding.UTF8.GetBytes(page), "text/html");

        Assert.Equal(fromText.Tables.Select(t => t.Kind), fromPage.Tables.Select(t => t.Kind));
        Assert.Equal(fromText.Tables.SelectMany(t => t.Cells), fromPage.Tables.SelectMany(t => t.Cells));
        Assert.Equal(fromText.Metrics, fromPage.Metrics);
        Assert.Equal(fromText.Sections.Select(s => s.Heading), fromPage.Sections.Select(s => s.Heading));
        Assert.Contains(MetricIds.ApplicationsNew, fromPage.Metrics.Keys);
    }
}
