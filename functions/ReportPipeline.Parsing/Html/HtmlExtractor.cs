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
        return new ExtractedDocument(Reflow(walker.Blocks))
        {
            TitleHint = title,
            ChromeText = string.Join('\n', chrome.Where(c => c.Length > 0)),
            HiddenFragments = hidden,
            DateSignals = signals,
        };
    }

    /// <summary>Page copies of flattened tables ("|" lines, one cell per line) are rebuilt like plain text.</summary>
    private static List<DocumentBlock> Reflow(List<DocumentBlock> blocks)
    {
        var result = new List<DocumentBlock>();
        var run = new List<string>();
        foreach (var block in blocks)
        {
            if (!block.IsTable) { run.Add(block.Text); continue; }
            result.AddRange(Text.TextBlockReader.Read(run));
            run.Clear();
            result.Add(block);
        }
        result.AddRange(Text.TextBlockReader.Read(run));
        return result;
    }
}
