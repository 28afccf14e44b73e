using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>Report year (title, else statistics period, else the first "YYYY年度") and the statistics period sentence.</summary>
internal static partial class YearReader
{
    public static int? Year(string? title, StatisticsPeriod? period, string text)
    {
        if (title is not null && TitleYear().Match(title.Replace(" ", "", StringComparison.Ordinal)) is { Success: true } t) return Valid(t.Groups[1].Value);
        if (period is not null) return period.From.Year;
        var m = YearOfReport().Match(text.Length > 2000 ? text[..2000] : text);
        return m.Success ? Valid(m.Groups[1].Value) : null;
    }

    public static StatisticsPeriod? Period(string text)
    {
        var m = PeriodPattern().Match(text);
        if (!m.Success) return null;
        try
        {
            var from = new DateOnly(Int(m, 1), Int(m, 2), Int(m, 3));
            var to = new DateOnly(Int(m, 4), Int(m, 5), Int(m, 6));
            return new StatisticsPeriod(from, to, SentenceAround(text, m.Index));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['。', '！', '？', '\n'], Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(['。', '！', '？', '\n'], index);
        return text[start..(end < 0 ? text.Length : Math.Min(text.Length, end + 1))].Trim();
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int? Valid(string year) => int.TryParse(year, out var y) && y is >= 2000 and <= 2100 ? y : null;

    [GeneratedRegex(@"((?:20|19)\d{2})年")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"((?:20|19)\d{2})\s*年度")]
    private static partial Regex YearOfReport();

    [GeneratedRegex(@"统计期限?\s*(?:为|是)?\s*自?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|—|-)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex PeriodPattern();
}
