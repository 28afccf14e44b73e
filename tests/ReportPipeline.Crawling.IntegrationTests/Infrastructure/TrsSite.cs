using System.Net;
using System.Text;

namespace ReportPipeline.Crawling.IntegrationTests.Infrastructure;

/// <summary>Builds a TRS-style column (index.html, index_1.html, …) on a <see cref="LoopbackPortal"/>.</summary>
public static class TrsSite
{
    public const string Column = "/xxgk/xxgknb/";

    public sealed record Entry(string Title, string Path, string Date);

    public static Uri ListUrl(LoopbackPortal portal) => portal.Url(Column + "index.html");

    public static void MapList(LoopbackPortal portal, params Entry[][] pages)
    {
        for (var i = 0; i < pages.Length; i++)
        {
            var s = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><div class=\"nav\"><a href=\"/\">首页</a></div><ul>");
            foreach (var e in pages[i])
                s.Append($"<li><a href=\"{e.Path}\" title=\"{WebUtility.HtmlEncode(e.Title)}\">{WebUtility.HtmlEncode(e.Title)}</a><span>{e.Date}</span></li>");
            s.Append($"</ul><script>createPageHTML({pages.Length}, {i}, \"index\", \"html\");</script></body></html>");
            portal.MapHtml(Column + (i == 0 ? "index.html" : $"index_{i}.html"), s.ToString());
        }
    }

    public static string Detail(string title, string body, string pubDate = "2017-02-22") =>
        $"<html><head><meta charset=\"utf-8\"><meta name=\"ArticleTitle\" content=\"{title}\"><meta name=\"PubDate\" content=\"{pubDate}\"></head>"
        + $"<body><div class=\"breadcrumb\">首页 &gt; 政府信息公开年报</div><div class=\"TRS_Editor\"><p>{body}</p></div></body></html>";

    /// <summary>A body long enough to count as a report page (over MinReportTextChars CJK characters).</summary>
    public static string ReportText(string seed) => seed + string.Concat(Enumerable.Repeat("本年度主动公开政府信息情况良好。", 40));
}
