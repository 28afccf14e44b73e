using System.Globalization;

namespace ReportPipeline.Crawling.Fetching;

/// <summary>
/// A parsed robots.txt (RFC 9309 plus the common Crawl-delay extension) for one user-agent token: the group naming
/// the token wins over "*"; the longest matching Allow/Disallow rule wins, Allow on ties; "*" and "$" wildcards.
/// </summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(bool Allow, string Pattern)> _rules;

    private RobotsRules(IReadOnlyList<(bool Allow, string Pattern)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsRules AllowAll { get; } = new([], null);
    public static RobotsRules DisallowAll { get; } = new([(false, "/")], null);

    public TimeSpan? CrawlDelay { get; }

    public static RobotsRules Parse(string text, string userAgentToken)
    {
        var groups = RobotsGroup.ParseAll(text);
        var token = userAgentToken.ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (chosen.Count == 0) chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        var rules = chosen.SelectMany(g => g.Rules).ToList();
        var delay = chosen.Select(g => g.CrawlDelaySeconds).FirstOrDefault(d => d is not null);
        return new RobotsRules(rules, delay is null ? null : TimeSpan.FromSeconds(delay.Value));
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        var best = (Allow: true, Length: -1);
        foreach (var (allow, pattern) in _rules)
        {
            if (pattern.Length == 0 || !Matches(pattern, path)) continue;
            if (pattern.Length > best.Length || (pattern.Length == best.Length && allow)) best = (allow, pattern.Length);
        }
        return best.Allow;
    }

    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        return Match(p, 0, Uri.UnescapeDataString(path), 0, anchored);
    }

    private static bool Match(string p, int pi, string s, int si, bool anchored)
    {
        while (pi < p.Length)
        {
            if (p[pi] == '*')
            {
                for (var k = si; k <= s.Length; k++)
                    if (Match(p, pi + 1, s, k, anchored)) return true;
                return false;
            }
            if (si >= s.Length || p[pi] != s[si]) return false;
            pi++;
            si++;
        }
        return !anchored || si == s.Length;
    }

    internal static double? ParseSeconds(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? s : null;
}
