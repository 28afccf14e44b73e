using System.Text.RegularExpressions;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Tables;

/// <summary>
/// Finds the canonical row for a row's labels: tries label cells from the most specific (rightmost) to the left,
/// first by keyword, then by similarity to the printed label (typos), numbering and line breaks ignored.
/// </summary>
internal static partial class LabelMatcher
{
    private const double MinSimilarity = 0.8;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> NormalizedRuleLabels = new(StringComparer.Ordinal);

    public static RowRule? Match(IReadOnlyList<string> labels, IReadOnlyList<RowRule> rules, string? group)
    {
        var candidates = rules.Where(r => r.Group is null || r.Group == group).ToList();
        for (var i = labels.Count - 1; i >= 0; i--)
        {
            var hit = ByKeyword(Normalize(labels[i]), candidates);
            if (hit is not null) return hit;
        }
        for (var i = labels.Count - 1; i >= 0; i--)
        {
            var hit = BySimilarity(Normalize(labels[i]), candidates);
            if (hit is not null) return hit;
        }
        return null;
    }

    public static string Normalize(string label)
    {
        var t = TextNormalizer.Collapse(label).Replace(" ", "", StringComparison.Ordinal);
        t = Quotes().Replace(t, "");
        while (Numbering().Match(t) is { Success: true, Length: > 0 } m && m.Length < t.Length) t = t[m.Length..];
        return Parenthetical().Replace(t, "");
    }

    private static RowRule? ByKeyword(string label, List<RowRule> rules) =>
        rules.Where(r => r.Exact is not null ? label == r.Exact : r.Keywords.Any(k => label.Contains(k, StringComparison.Ordinal)))
            .OrderByDescending(r => r.Exact is not null ? 100 : r.Keywords.Where(k => label.Contains(k, StringComparison.Ordinal)).Max(k => k.Length))
            .FirstOrDefault();

    private static RowRule? BySimilarity(string label, List<RowRule> rules)
    {
        if (label.Length < 3) return null;
        var best = rules.Where(r => r.Exact is null)
            .Select(r => (Rule: r, Target: NormalizedRuleLabels.GetOrAdd(r.Label, Normalize)))
            .Where(x => Math.Min(label.Length, x.Target.Length) >= MinSimilarity * Math.Max(label.Length, x.Target.Length))
            .Select(x => (x.Rule, Score: Similarity(label, x.Target)))
            .OrderByDescending(x => x.Score).FirstOrDefault();
        return best.Score >= MinSimilarity ? best.Rule : null;
    }

    /// <summary>Longest common subsequence over the longer length: 1 for equal, high for a typo or two.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
                cur[j] = ca == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return (double)prev[b.Length] / Math.Max(a.Length, b.Length);
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.,，]|[（(][一二三四五六七八九十\d]+[）)][、.]?|\d+[.、,，]?|其中[:：]?)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[（(][^（()）]*[）)]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"[“”""'‘’《》]")]
    private static partial Regex Quotes();
}
