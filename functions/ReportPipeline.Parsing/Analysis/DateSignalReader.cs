using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>Every publication-date signal: the page's date line, the URL, the fetch metadata, the extractor's own.</summary>
internal static partial class DateSignalReader
{
    public static List<DateSignal> Read(string text, string chrome, string? sourceUrl,
        IReadOnlyDictionary<string, string> metadata, IReadOnlyList<DateSignal> extracted)
    {
        var signals = new List<DateSignal>();
        var page = PageDate().Match(chrome + "\n" + text);
        if (page.Success && ToDate(page.Groups[1].Value, page.Groups[2].Value, page.Groups[3].Value) is { } d)
            signals.Add(new DateSignal(d, DateEvidenceKind.PageDate, page.Value.Trim()));
        signals.AddRange(extracted);
        AddMeta(signals, metadata, RawBlobMetadata.PagePubDate, DateEvidenceKind.PubDateMeta);
        AddMeta(signals, metadata, RawBlobMetadata.ListPageDate, DateEvidenceKind.ListPageDate);
        AddMeta(signals, metadata, RawBlobMetadata.UrlDate, DateEvidenceKind.UrlDate);
        var url = sourceUrl is null ? null : TrsUrl().Match(sourceUrl);
        if (url is { Success: true } && ToDate(url.Groups[1].Value, url.Groups[2].Value, url.Groups[3].Value) is { } u)
            signals.Add(new DateSignal(u, DateEvidenceKind.UrlDate, sourceUrl!));
        AddMeta(signals, metadata, RawBlobMetadata.LastModified, DateEvidenceKind.HttpLastModified);
        AddMeta(signals, metadata, RawBlobMetadata.FetchedAt, DateEvidenceKind.FirstSeen);
        return signals.DistinctBy(s => (s.Kind, s.Date)).ToList();
    }

    public static DateSignal? Choose(IReadOnlyList<DateSignal> signals) =>
        signals.OrderBy(s => (int)s.Kind).FirstOrDefault();

    public static string? Disagreement(IReadOnlyList<DateSignal> signals)
    {
        var dated = signals.Where(s => s.Kind is not (DateEvidenceKind.FirstSeen or DateEvidenceKind.HttpLastModified)).ToList();
        if (dated.Count < 2) return null;
        var spread = dated.Max(s => s.Date.DayNumber) - dated.Min(s => s.Date.DayNumber);
        return spread <= 7 ? null
            : "publication date signals disagree: " + string.Join(", ", dated.Select(s => $"{Kind(s.Kind)} {s.Date:yyyy-MM-dd}"));
    }

    private static string Kind(DateEvidenceKind kind) =>
        System.Text.Json.JsonSerializer.Serialize(kind).Trim('"');

    private static void AddMeta(List<DateSignal> signals, IReadOnlyDictionary<string, string> metadata, string key, DateEvidenceKind kind)
    {
        if (!metadata.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)) return;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            signals.Add(new DateSignal(DateOnly.FromDateTime(kind == DateEvidenceKind.FirstSeen
                ? parsed.ToOffset(TimeSpan.FromHours(8)).DateTime : parsed.DateTime), kind, $"{key}={value}"));
    }

    private static DateOnly? ToDate(string y, string m, string d) =>
        int.TryParse(y, out var yy) && int.TryParse(m, out var mm) && int.TryParse(d, out var dd)
        && yy is >= 1990 and <= 2100 && mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(yy, mm)
            ? new DateOnly(yy, mm, dd) : null;

    [GeneratedRegex(@"(?:发布时间|发布日期|发文日期|成文日期|公开日期|发布于|日期)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")]
    private static partial Regex PageDate();

    [GeneratedRegex(@"/\d{6}/t(\d{4})(\d{2})(\d{2})_\d+")]
    private static partial Regex TrsUrl();
}
