namespace ReportPipeline.Checks.Text;

/// <summary>A whole stated with 共/总/合计/累计 and the parts that follow 其中 in the same sentence (same kind of unit).</summary>
public sealed record Breakdown(Sentence Sentence, StatedNumber Whole, IReadOnlyList<StatedNumber> Parts)
{
    private static readonly string[] _wholeMarkers = ["共", "总", "合计", "累计"];

    public bool Approximate => Whole.Approximate || Parts.Any(p => p.Approximate);

    public static IEnumerable<Breakdown> FindAll(IEnumerable<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var split = sentence.Text.IndexOf("其中", StringComparison.Ordinal);
            if (split < 0)
            {
                continue;
            }
            var numbers = StatedNumber.Find(sentence.Text);
            var whole = numbers.LastOrDefault(n => n.Index < split);
            if (whole is null || !_wholeMarkers.Any(m => sentence.Text.AsSpan(0, whole.Index).Contains(m, StringComparison.Ordinal)))
            {
                continue;
            }
            var parts = numbers.Where(n => n.Index > split && n.UnitGroup == whole.UnitGroup).ToArray();
            yield return new Breakdown(sentence, whole, parts);
        }
    }
}
