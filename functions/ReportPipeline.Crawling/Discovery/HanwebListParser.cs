using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Crawling.Discovery;

/// <summary>
/// Hanweb JCMS columns: entries as &lt;record&gt;&lt;![CDATA[ &lt;li&gt;…&lt;/li&gt; ]]&gt;&lt;/record&gt; inside a datastore
/// script; pages as ?uid=…&amp;pageNum=N (1-based); &lt;totalpage&gt; when the page says so.
/// </summary>
public sealed partial class HanwebListParser : IListPageParser
{
    public ListPage Parse(string html, Uri pageUrl, Uri firstPageUrl, int pageIndex, PortalDefinition portal)
    {
        var items = new List<ListItem>();
        var seen = new HashSet<Uri>();
        foreach (Match record in RecordPattern().Matches(html))
        {
            var fragment = new HtmlDocument();
            fragment.LoadHtml(record.Groups[1].Value);
            foreach (var a in fragment.DocumentNode.SelectNodes("//a[@href]") ?? Enumerable.Empty<HtmlNode>())
            {
                var url = Links.Resolve(pageUrl, a.GetAttributeValue("href", ""));
                if (url is null || !seen.Add(url)) continue;
                items.Add(new ListItem(url, Links.TitleOf(a), ListDates.Beside(a)));
            }
        }
        var total = TotalPages().Match(html);
        var more = total.Success
            ? int.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) > pageIndex + 1
            : items.Count > 0;
        return new ListPage(items, more ? PageUrl(firstPageUrl, pageIndex + 1) : null);
    }

    /// <summary>The list URL with pageNum set to pageIndex + 1.</summary>
    public static Uri PageUrl(Uri first, int pageIndex)
    {
        var query = first.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("pageNum=", StringComparison.OrdinalIgnoreCase))
            .Append(string.Create(CultureInfo.InvariantCulture, $"pageNum={pageIndex + 1}"));
        return new UriBuilder(first) { Query = string.Join('&', query) }.Uri;
    }

    [GeneratedRegex(@"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex RecordPattern();

    [GeneratedRegex(@"<totalpage>\s*(\d+)\s*</totalpage>", RegexOptions.IgnoreCase)]
    private static partial Regex TotalPages();
}
