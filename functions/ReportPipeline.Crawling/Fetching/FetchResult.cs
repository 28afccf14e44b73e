namespace ReportPipeline.Crawling.Fetching;

/// <summary>What a fetch produced; <see cref="Reason"/> explains anything but Ok.</summary>
public sealed record FetchResult(
    FetchOutcome Outcome,
    Uri RequestedUrl,
    Uri FinalUrl,
    DateTimeOffset FetchedAt,
    int? Status = null,
    byte[]? Body = null,
    string? ContentType = null,
    string? ETag = null,
    string? LastModified = null,
    string? Reason = null,
    int Attempts = 1)
{
    public bool IsOk => Outcome == FetchOutcome.Ok && Body is not null;
}
