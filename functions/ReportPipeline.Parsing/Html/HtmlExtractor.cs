using HtmlAgilityPack;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Html;

/// <summary>HTML pages: main content to blocks; navigation, breadcrumbs and footers to chrome text; hidden bits kept aside.</summary>
internal static class HtmlExtractor
{
    public static ExtractedDocument Extract(string html, string? sourceUrl)
    {
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = 500 };
        doc.LoadHtml(html);
        var title = HtmlMeta.Title(doc);
        var signals = HtmlMeta.DateSignals(doc);
        HtmlChrome.RemoveNonContent(doc);
        var body = doc.DocumentNode.SelectSingleNode("//body") ?? doc.DocumentNode;
        var hidden = HtmlChrome.TakeHidden(body);
        var chrome = new List<string>(HtmlChrome.TakeChrome(body));
        var content = HtmlChrome.MainContent(body);
        hidden.AddRange(HtmlChrome.OffSiteLinks(content, sourceUrl));
        if (content != body)
        {
            content.Remove();
            chrome.Add(HtmlBlockWalker.PlainText(body));
        }
        var walker = new HtmlBlockWalker();
        walker.Walk(content);
        chrome.AddRange(walker.ChromeLines);
        return new ExtractedDocument(walker.Blocks)
        {
            TitleHint = title,
            ChromeText = string.Join('\n', chrome.Where(c => c.Length > 0)),
            HiddenFragments = hidden,
            DateSignals = signals,
        };
    }
}
