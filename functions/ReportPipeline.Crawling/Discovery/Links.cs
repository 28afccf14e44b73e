using System.Net;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace ReportPipeline.Crawling.Discovery;

/// <summary>Helpers shared by the list and detail parsers: resolving hrefs, link titles, attachment URLs.</summary>
public static partial class Links
{
    public static Uri? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = WebUtility.HtmlDecode(href.Trim());
        if (href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return null;
        if (!Uri.TryCreate(baseUrl, href, out var url)) return null;
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) return null;
        return new UriBuilder(url) { Fragment = "" }.Uri;
    }

    /// <summary>The link's full title: the title attribute when longer than the (often truncated) text.</summary>
    public static string TitleOf(HtmlNode anchor)
    {
        var text = Clean(anchor.InnerText);
        var attr = Clean(anchor.GetAttributeValue("title", ""));
        return attr.Length > text.Length ? attr : text;
    }

    public static bool IsAttachment(Uri url) => AttachmentPattern().IsMatch(url.PathAndQuery);

    /// <summary>".pdf", ".doc", ".docx", ".wps" or null.</summary>
    public static string? AttachmentExtension(Uri url)
    {
        var m = AttachmentPattern().Match(url.PathAndQuery);
        return m.Success ? "." + m.Groups[1].Value.ToLowerInvariant() : null;
    }

    public static string Clean(string? text) =>
        Spaces().Replace(WebUtility.HtmlDecode(text ?? "").Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\.(pdf|docx|doc|wps)(?=$|[?&#;/])", RegexOptions.IgnoreCase)]
    private static partial Regex AttachmentPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
