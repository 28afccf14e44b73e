using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Pdf;

/// <summary>Reads pdftotext -bbox-layout output: words with boxes, and the CreationDate meta (a date signal).</summary>
internal static partial class PdfBboxReader
{
    public static (List<PdfWord> Words, DateSignal? Created) Read(string xhtml)
    {
        var words = new List<PdfWord>();
        var pageStarts = PageTag().Matches(xhtml).Select(m => m.Index).ToList();
        foreach (Match m in Word().Matches(xhtml))
        {
            var page = pageStarts.Count(s => s < m.Index) - 1;
            var offset = Math.Max(0, page) * PdfWord.PageStride;
            var text = WebUtility.HtmlDecode(m.Groups["t"].Value).Trim();
            if (text.Length == 0) continue;
            words.Add(new PdfWord(text, page, D(m, "x0"), D(m, "y0") + offset, D(m, "x1"), D(m, "y1") + offset));
        }
        return (words, Created(xhtml));
    }

    private static DateSignal? Created(string xhtml)
    {
        var m = CreationDate().Match(xhtml);
        if (!m.Success) return null;
        return DateOnly.TryParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateSignal(d, DateEvidenceKind.PdfCreationDate, $"PDF CreationDate {m.Groups[0].Value}") : null;
    }

    private static double D(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<page\b")]
    private static partial Regex PageTag();

    [GeneratedRegex(@"<word xMin=""(?<x0>[\d.]+)"" yMin=""(?<y0>[\d.]+)"" xMax=""(?<x1>[\d.]+)"" yMax=""(?<y1>[\d.]+)"">(?<t>[^<]*)</word>")]
    private static partial Regex Word();

    [GeneratedRegex(@"<meta name=""CreationDate"" content=""(\d{4}-\d{2}-\d{2})[^""]*""")]
    private static partial Regex CreationDate();
}
