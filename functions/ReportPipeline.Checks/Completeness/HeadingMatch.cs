namespace ReportPipeline.Checks.Completeness;

/// <summary>Fuzzy heading comparison: character-bigram overlap, tolerant of 与/和, 的 and typos in the wild.</summary>
internal static class HeadingMatch
{
    public const double Threshold = 0.5;

    public static bool Similar(string a, string b) => Overlap(a, b) >= Threshold;

    public static double Overlap(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }
        return (double)x.Intersect(y).Count() / Math.Min(x.Count, y.Count);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var letters = text.Where(char.IsLetterOrDigit).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            set.Add(new string(letters, i, 2));
        }
        return set;
    }
}
