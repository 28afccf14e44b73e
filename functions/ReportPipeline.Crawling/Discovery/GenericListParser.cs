using HtmlAgilityPack;
using ReportPipeline.Core.Portals;
using ReportPipeline.Crawling.Classification;

namespace ReportPipeline.Crawling.Discovery;

/// <summary>Configurable link lists: XPath selectors for items, their link and date, and the next-page anchor.</summary>
public sealed class GenericListParser : IListPageParser
{
    public ListPage Parse(string html, Uri pageUrl, Uri firstPageUrl, int pageIndex, PortalDefinition portal)
    {
        var selectors = portal.Selectors ?? new ListSelectors();
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var items = new List<ListItem>();
        var seen = new HashSet<Uri>();
        foreach (var item in doc.DocumentNode.SelectNodes(selectors.Item) ?? Enumerable.Empty<HtmlNode>())
        {
            var a = item.SelectSingleNode(selectors.Link);
            var url = a is null ? null : Links.Resolve(pageUrl, a.GetAttributeValue("href", ""));
            if (a is null || url is null || !seen.Add(url)) continue;
            var date = selectors.Date is null
                ? ListDates.Beside(a)
                : DateText.FirstDate(item.SelectSingleNode(selectors.Date)?.InnerText);
            items.Add(new ListItem(url, Links.TitleOf(a), date));
        }
        var next = selectors.NextPage is null ? null : doc.DocumentNode.SelectSingleNode(selectors.NextPage);
        var nextUrl = next is null ? null : Links.Resolve(pageUrl, next.GetAttributeValue("href", ""));
        return new ListPage(items, nextUrl == pageUrl ? null : nextUrl);
    }
}
