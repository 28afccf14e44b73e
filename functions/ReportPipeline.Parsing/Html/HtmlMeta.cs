using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using ReportPipeline.Core.Model;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Html;

/// <summary>Title and date meta tags of a page (TRS-style portals: ArticleTitle, PubDate).</summary>
internal static partial class HtmlMeta
{
    public static string? Title(HtmlDocument doc)
    {
        var meta = MetaContent(doc, "ArticleTitle");
        if (!string.IsNullOrWhiteSpace(meta)) return Clean(meta);
        foreach (var xpath in new[] { "//h1", "//h2", "//h3" })
        {
            var hit = doc.DocumentNode.SelectNodes(xpath)?.Select(n => Clean(n.InnerText))
                .FirstOrDefault(t => t.Contains("报告", StringComparison.Ordinal) || t.Contains("年报", StringComparison.Ordinal));
            if (hit is not null) return hit;
        }
        var title = doc.DocumentNode.SelectSingleNode("//title")?.InnerText;
        if (title is null) return null;
        var parts = TitleSeparators().Split(Clean(title));
        return parts.FirstOrDefault(p => p.Contains("报告", StringComparison.Ordinal)) ?? parts.FirstOrDefault();
    }

    public static IReadOnlyList<DateSignal> DateSignals(HtmlDocument doc)
    {
        var signals = new List<DateSignal>();
        foreach (var name in new[] { "PubDate", "publishdate", "pubdate", "firstpublishedtime" })
        {
            var content = MetaContent(doc, name);
            if (content is null || !DateTime.TryParse(content, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) continue;
            signals.Add(new DateSignal(DateOnly.FromDateTime(d), DateEvidenceKind.PubDateMeta, $"<meta name=\"{name}\" content=\"{content}\">"));
            break;
        }
        return signals;
    }

    private static string? MetaContent(HtmlDocument doc, string name) =>
        doc.DocumentNode.SelectNodes("//meta[@name]")?
            .FirstOrDefault(m => string.Equals(m.GetAttributeValue("name", ""), name, StringComparison.OrdinalIgnoreCase))?
            .GetAttributeValue("content", null);

    private static string Clean(string text) => TextNormalizer.Collapse(HtmlEntity.DeEntitize(text));

    [GeneratedRegex(@"\s*[_|—–-]\s*")]
    private static partial Regex TitleSeparators();
}
