using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using ReportPipeline.Core.Portals;
using ReportPipeline.Crawling.Classification;

namespace ReportPipeline.Crawling.Discovery;

/// <summary>
/// TRS WCM static columns: index.html, index_1.html, … ; detail links /YYYYMM/tYYYYMMDD_N.htm or attachments; the
/// page count from the createPageHTML(count, current, "index", "html") pager script when present.
/// </summary>
public sealed partial class TrsListParser : IListPageParser
{
    public ListPage Parse(string html, Uri pageUrl, Uri firstPageUrl, int pageIndex, PortalDefinition portal)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var items = new List<ListItem>();
        var seen = new HashSet<Uri>();
        foreach (var a in doc.DocumentNode.SelectNodes("//a[@href]") ?? Enumerable.Empty<HtmlNode>())
        {
            var url = Links.Resolve(pageUrl, a.GetAttributeValue("href", ""));
            if (url is null || (DateText.FromUrl(url.AbsolutePath) is null && !Links.IsAttachment(url)) || !seen.Add(url)) continue;
            items.Add(new ListItem(url, Links.TitleOf(a), ListDates.Beside(a)));
        }
        return new ListPage(items, Next(html, firstPageUrl, pageIndex, items.Count));
    }

    private static Uri? Next(string html, Uri first, int pageIndex, int itemCount)
    {
        var pager = PagerScript().Match(html);
        if (pager.Success && int.Parse(pager.Groups[1].Value, CultureInfo.InvariantCulture) <= pageIndex + 1) return null;
        if (!pager.Success && itemCount == 0) return null;
        return PageUrl(first, pageIndex + 1);
    }

    /// <summary>index.html → index_N.html (a list URL ending in "/" means index.html).</summary>
    public static Uri PageUrl(Uri first, int pageIndex)
    {
        if (pageIndex == 0) return first;
        var path = first.AbsolutePath;
        var slash = path.LastIndexOf('/');
        var file = path[(slash + 1)..];
        if (file.Length == 0) file = "index.html";
        var dot = file.LastIndexOf('.');
        var name = dot > 0 ? file[..dot] : file;
        var ext = dot > 0 ? file[dot..] : ".html";
        return new UriBuilder(first) { Path = $"{path[..(slash + 1)]}{name}_{pageIndex}{ext}", Query = "" }.Uri;
    }

    [GeneratedRegex(@"createPageHTML\(\s*(\d+)\s*,")]
    private static partial Regex PagerScript();
}
