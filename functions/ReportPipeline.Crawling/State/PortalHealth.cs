namespace ReportPipeline.Crawling.State;

/// <summary>A portal's crawl record: when it last ran, last succeeded, and how many runs in a row have failed.</summary>
public sealed record PortalHealth(
    string PortalId,
    int ConsecutiveFailures,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError);
