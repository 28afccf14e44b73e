namespace ReportPipeline.Parsing.Analysis;

/// <summary>一…九十九 to integers (section numbering).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static int Parse(string text)
    {
        if (int.TryParse(text, out var n)) return n;
        if (text.Length == 0) return 0;
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return text.Length == 1 ? Digits.IndexOf(text[0], StringComparison.Ordinal) : 0;
        var tens = ten == 0 ? 1 : Digits.IndexOf(text[0], StringComparison.Ordinal);
        var units = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[^1], StringComparison.Ordinal);
        return tens * 10 + units;
    }
}
