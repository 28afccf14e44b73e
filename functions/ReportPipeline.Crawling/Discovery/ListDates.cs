using HtmlAgilityPack;
using ReportPipeline.Crawling.Classification;

namespace ReportPipeline.Crawling.Discovery;

/// <summary>Finds the date printed beside a list link (same li/tr/dd/p, outside the link text).</summary>
public static class ListDates
{
    public static DateOnly? Beside(HtmlNode anchor)
    {
        for (var node = anchor.ParentNode; node is not null && node.Name != "ul" && node.Name != "table" && node.Name != "body"; node = node.ParentNode)
        {
            var text = node.InnerText.Replace(anchor.InnerText, " ", StringComparison.Ordinal);
            if (DateText.FirstDate(text) is { } d) return d;
            if (node.Name is "li" or "tr" or "dd") break;
        }
        return null;
    }
}
