using System.Globalization;
using System.Net;
using System.Text;

namespace ReportPipeline.DemoPortal;

/// <summary>Renders the demo portal's HTML: TRS-style list pages and detail pages with portal chrome.</summary>
public static class DemoPages
{
    private const string Nav = "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/xxgk/\">政务公开</a> | "
        + "<a href=\"/xxgk/xxgknb/index.html\">政府信息公开年报</a> | <a href=\"/hdjl/\">互动交流</a></div>";
    private const string Footer = "<div class=\"footer\">主办：ReportPipeline 演示门户 | 本站内容仅用于演示 | "
        + "<a href=\"/manage/\">后台管理</a></div>";

    public static string ListPage(int page)
    {
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开年报_演示门户</title></head><body>")
         .Append(Nav).Append("<div class=\"breadcrumb\">您当前所在位置：<a href=\"/\">首页</a> &gt; 政府信息公开年报</div>")
         .Append("<ul class=\"list\">");
        foreach (var e in DemoSite.Entries.Skip(page * DemoSite.PageSize).Take(DemoSite.PageSize))
        {
            var href = "./" + e.Path[DemoSite.ColumnPath.Length..];
            s.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{href}\" title=\"{Esc(e.Title)}\" target=\"_blank\">{Esc(e.Title)}</a>")
             .Append(CultureInfo.InvariantCulture, $"<span class=\"date\">{e.Published:yyyy-MM-dd}</span></li>");
        }
        s.Append("</ul><div class=\"pager\"><script>createPageHTML(")
         .Append(CultureInfo.InvariantCulture, $"{DemoSite.PageCount}, {page}, \"index\", \"html\");</script></div>")
         .Append(Footer).Append("</body></html>");
        return s.ToString();
    }

    /// <summary>A detail page: chrome around the text, or (PageCopy) the seed's own page copy as it is.</summary>
    public static string Detail(DemoEntry e, string charset)
    {
        var body = e.Kind switch
        {
            DemoEntryKind.PageCopy => Paragraphs(SeedReports.Text(e.Seed!)),
            DemoEntryKind.DocxAttachment => Chrome($"<p>{Esc(e.Title)}</p><p>附件：<a href=\"{e.AttachmentPath}\">{Esc(e.Title)}.docx</a></p>"),
            DemoEntryKind.News => Chrome("<p>3月1日，区政府召开政务公开工作推进会，部署本年度政务公开重点工作。</p>"),
            DemoEntryKind.WebsiteReport => Chrome("<p>网站名称：演示门户。独立用户访问总量：123456个。</p>"),
            _ => Chrome(Paragraphs(SeedReports.Text(e.Seed!))),
        };
        return $"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
            + $"<meta name=\"ArticleTitle\" content=\"{Esc(e.Title)}\">"
            + $"<meta name=\"PubDate\" content=\"{e.Published:yyyy-MM-dd} 09:30\">"
            + $"<title>{Esc(e.Title)}_政府信息公开年报_演示门户</title></head><body>{body}</body></html>";
    }

    private static string Chrome(string article) =>
        Nav + "<div class=\"breadcrumb\">您当前所在位置：<a href=\"/\">首页</a> &gt; "
        + "<a href=\"/xxgk/xxgknb/index.html\">政府信息公开年报</a></div>"
        + $"<div class=\"article\"><div class=\"TRS_Editor\">{article}</div></div>" + Footer;

    /// <summary>One &lt;p&gt; per line of the seed, escaped; blank lines kept as empty paragraphs.</summary>
    private static string Paragraphs(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => $"<p>{Esc(l)}</p>\n"));

    private static string Esc(string s) => WebUtility.HtmlEncode(s);
}
