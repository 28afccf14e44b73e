namespace ReportPipeline.Core.Findings;

/// <summary>A finding as stored: its lifecycle around the finding itself.</summary>
public sealed record FindingRecord(
    Finding Finding,
    FindingStatus Status,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? ResolvedAt)
{
    public string Key => Finding.Key;
}
