namespace ReportPipeline.Crawling.Classification;

/// <summary>The classifier's answer for one link; <see cref="Reason"/> says why, in words a log reader can act on.</summary>
public sealed record LinkClassification(
    LinkVerdict Verdict,
    string Reason,
    int? ReportYear = null,
    string? Agency = null,
    bool IsRepost = false)
{
    public bool IsReport => Verdict == LinkVerdict.AnnualReport;

    public static LinkClassification Reject(string reason) => new(LinkVerdict.Rejected, reason);
}
