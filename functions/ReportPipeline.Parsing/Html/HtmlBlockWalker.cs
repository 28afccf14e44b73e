using System.Text;
using HtmlAgilityPack;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Html;

/// <summary>Walks content in reading order: block elements and &lt;br&gt; end paragraphs; data tables become grids.</summary>
internal sealed class HtmlBlockWalker
{
    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "tr", "td", "th",
        "blockquote", "pre", "dd", "dt", "dl", "center", "form", "main",
    ];

    private readonly StringBuilder _current = new();

    public List<DocumentBlock> Blocks { get; } = [];
    public List<string> ChromeLines { get; } = [];

    public static string PlainText(HtmlNode node) => TextNormalizer.Collapse(HtmlEntity.DeEntitize(node.InnerText));

    public void Walk(HtmlNode node)
    {
        Visit(node);
        Flush();
    }

    private void Visit(HtmlNode node)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                _current.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                return;
            case HtmlNodeType.Element when node.Name == "br":
                Flush();
                return;
            case HtmlNodeType.Element when node.Name == "table" && node.Descendants("table").Any():
                Flush();
                foreach (var child in node.ChildNodes) Visit(child);
                Flush();
                return;
            case HtmlNodeType.Element when node.Name == "table":
                Flush();
                var grid = HtmlTableReader.Read(node);
                if (grid.Count > 0) Blocks.Add(DocumentBlock.Table(grid));
                return;
        }
        var isBlock = BlockTags.Contains(node.Name);
        if (isBlock) Flush();
        foreach (var child in node.ChildNodes) Visit(child);
        if (isBlock) Flush();
    }

    private void Flush()
    {
        var text = TextNormalizer.Collapse(_current.ToString());
        _current.Clear();
        if (text.Length == 0) return;
        if (Input.ChromeLines.IsChrome(text)) ChromeLines.Add(text);
        else Blocks.Add(DocumentBlock.Paragraph(text));
    }
}
