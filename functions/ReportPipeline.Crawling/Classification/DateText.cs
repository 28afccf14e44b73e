using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportPipeline.Crawling.Classification;

/// <summary>Publication-date signals from URLs and text (DOMAIN.md §2). Pure.</summary>
public static partial class DateText
{
    /// <summary>The date in a TRS URL (/202001/t20200120_80576.htm) or a Hanweb URL (/art/2021/1/28/art_1_2.html).</summary>
    public static DateOnly? FromUrl(string url)
    {
        var trs = TrsUrl().Match(url);
        if (trs.Success) return Make(trs.Groups[1].Value, trs.Groups[2].Value, trs.Groups[3].Value);
        var hanweb = HanwebUrl().Match(url);
        return hanweb.Success ? Make(hanweb.Groups[1].Value, hanweb.Groups[2].Value, hanweb.Groups[3].Value) : null;
    }

    /// <summary>The first full date in free text: 2017-02-22, 2017/2/22, 2017.02.22, 2017年2月22日.</summary>
    public static DateOnly? FirstDate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (Match m in AnyDate().Matches(text.Normalize(System.Text.NormalizationForm.FormKC)))
        {
            var d = Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            if (d is not null) return d;
        }
        return null;
    }

    /// <summary>The date after "发布时间"/"发布日期"/"日期" on a detail page.</summary>
    public static DateOnly? PublishedLine(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = PublishedLabel().Match(text.Normalize(System.Text.NormalizationForm.FormKC));
        return m.Success ? FirstDate(m.Groups[1].Value) : null;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Make(string y, string m, string d)
    {
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100) return null;
        if (!int.TryParse(m, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return null;
        if (!int.TryParse(d, CultureInfo.InvariantCulture, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"/(\d{4})(\d{2})/t\1\2(\d{2})_\d+")]
    private static partial Regex TrsUrl();

    [GeneratedRegex(@"/art/(\d{4})/(\d{1,2})/(\d{1,2})/art_\d+_\d+")]
    private static partial Regex HanwebUrl();

    [GeneratedRegex(@"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"(?:发布时间|发布日期|发文日期|日期)\s*[:：]?\s*([^\n]{0,40})")]
    private static partial Regex PublishedLabel();
}
