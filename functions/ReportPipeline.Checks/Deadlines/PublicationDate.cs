using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Deadlines;

/// <summary>Chooses the deciding publication date by the trust order of DOMAIN.md §2 (the enum order).</summary>
public static class PublicationDate
{
    /// <summary>Signals that only bound the date from above (we saw it then, or the file changed then).</summary>
    public static bool IsWeak(DateEvidenceKind kind) =>
        kind is DateEvidenceKind.FirstSeen or DateEvidenceKind.HttpLastModified;

    public static DateSignal? Decide(ParsedReport report) =>
        report.PublishedOn
        ?? report.DateSignals.OrderBy(s => (int)s.Kind).ThenBy(s => s.Date).FirstOrDefault();
}
