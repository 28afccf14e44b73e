using System.Text.RegularExpressions;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Crawling.Registry;

/// <summary>Checks registry entries: ids usable as blob prefixes and table keys, absolute list URLs, known families.</summary>
public static partial class PortalValidator
{
    public static readonly IReadOnlySet<string> Families = new HashSet<string>(StringComparer.Ordinal) { "trs", "hanweb", "generic" };

    public static void ValidateAll(IReadOnlyList<PortalDefinition> portals, string source)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in portals)
        {
            var problem = Problem(p);
            if (problem is not null) throw new PortalRegistryException($"{source}: portal '{p.Id}': {problem}");
            if (!ids.Add(p.Id)) throw new PortalRegistryException($"{source}: duplicate portal id '{p.Id}'");
        }
    }

    public static string? Problem(PortalDefinition p)
    {
        if (!IdPattern().IsMatch(p.Id ?? "")) return "id must be 1–63 chars of a-z, 0-9 and '-'";
        if (string.IsNullOrWhiteSpace(p.Agency)) return "agency is required";
        if (!Families.Contains(p.Family)) return $"family '{p.Family}' is not one of trs, hanweb, generic";
        if (p.Enabled && p.ListPages.Count == 0) return "an enabled portal needs at least one listPages URL";
        foreach (var url in p.ListPages)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
                return $"listPages entry '{url}' is not an absolute http(s) URL";
        }
        if (p.CrawlIntervalHours <= 0) return "crawlIntervalHours must be positive";
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();
}
