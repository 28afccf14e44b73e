using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace ReportPipeline.Parsing.Html;

/// <summary>Separates portal furniture (navigation, breadcrumbs, footers, share bars) and hidden elements from content.</summary>
internal static partial class HtmlChrome
{
    private const int MaxFragment = 2000;
    private static readonly HashSet<string> ChromeTags = ["nav", "header", "footer", "aside", "menu"];
    private static readonly HashSet<string> ChromeTokens =
        ["nav", "menu", "top", "head", "header", "foot", "bottom", "position", "location", "side", "links", "search", "login", "dh"];
    private static readonly string[] ChromeFragments =
        ["breadcrumb", "crumb", "footer", "navbar", "copyright", "share", "weizhi", "dqwz", "sidebar", "toolbar", "mainnav", "topnav"];
    private static readonly string[] ContentFragments =
        ["content", "article", "zoom", "detail", "trs_editor", "zhengwen", "main", "text", "view", "con", "zw", "nr"];

    public static void RemoveNonContent(HtmlDocument doc)
    {
        foreach (var node in doc.DocumentNode.Descendants().Where(n =>
                     n.NodeType == HtmlNodeType.Comment || n.Name is "script" or "style" or "noscript" or "template" or "iframe" or "object").ToList())
            node.Remove();
    }

    public static List<string> TakeHidden(HtmlNode root)
    {
        var hidden = root.Descendants().Where(IsHidden).ToList();
        var fragments = new List<string>();
        foreach (var node in hidden.Where(n => !hidden.Any(h => h != n && n.Ancestors().Contains(h))))
        {
            fragments.Add(Truncate(node.OuterHtml));
            node.Remove();
        }
        return fragments;
    }

    public static IEnumerable<string> TakeChrome(HtmlNode body)
    {
        var total = Math.Max(1, body.InnerText.Length);
        var chrome = body.Descendants().Where(n => n.NodeType == HtmlNodeType.Element && IsChrome(n)).ToList();
        foreach (var node in chrome.Where(n => !chrome.Any(c => c != n && n.Ancestors().Contains(c))))
        {
            if (node.InnerText.Length * 2 > total) continue; // a wrapper holding the report is never furniture
            node.Remove();
            yield return HtmlBlockWalker.PlainText(node);
        }
    }

    public static HtmlNode MainContent(HtmlNode body)
    {
        var best = body.Descendants()
            .Where(n => n.Name is "div" or "td" or "article" or "section" or "main" && HasToken(n, ContentFragments, exact: false))
            .Select(n => (Node: n, Length: n.InnerText.Length))
            .Where(x => x.Length >= 100)
            .OrderByDescending(x => x.Length)
            .FirstOrDefault();
        return best.Node ?? body;
    }

    public static IEnumerable<string> OffSiteLinks(HtmlNode content, string? sourceUrl)
    {
        var ownHost = Uri.TryCreate(sourceUrl, UriKind.Absolute, out var u) ? u.Host : null;
        foreach (var a in content.Descendants("a"))
        {
            if (!Uri.TryCreate(a.GetAttributeValue("href", ""), UriKind.Absolute, out var target)) continue;
            if (target.Scheme is not ("http" or "https")) continue;
            if (target.Host == ownHost || target.Host.EndsWith(".gov.cn", StringComparison.OrdinalIgnoreCase)) continue;
            yield return Truncate(a.OuterHtml);
        }
    }

    private static bool IsHidden(HtmlNode n) =>
        n.NodeType == HtmlNodeType.Element
        && (n.Attributes.Contains("hidden") || HiddenStyle().IsMatch(n.GetAttributeValue("style", "")));

    private static bool IsChrome(HtmlNode n) =>
        ChromeTags.Contains(n.Name) || HasToken(n, ChromeTokens, exact: true) || HasToken(n, ChromeFragments, exact: false)
        || n.GetDirectInnerText().Contains("当前位置", StringComparison.Ordinal);

    private static bool HasToken(HtmlNode n, IEnumerable<string> words, bool exact)
    {
        var attrs = $"{n.GetAttributeValue("class", "")} {n.GetAttributeValue("id", "")}".ToLowerInvariant();
        if (attrs.Trim().Length == 0) return false;
        if (!exact) return words.Any(w => attrs.Contains(w, StringComparison.Ordinal));
        var tokens = TokenSeparators().Split(attrs);
        return tokens.Any(t => words.Contains(t));
    }

    private static string Truncate(string html) => html.Length <= MaxFragment ? html : html[..MaxFragment];

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$)|(?:left|top|text-indent)\s*:\s*-\d{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"[\s\-_]+")]
    private static partial Regex TokenSeparators();
}
