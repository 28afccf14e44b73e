namespace ReportPipeline.Crawling.State;

/// <summary>What we know about one URL of a portal from earlier fetches: validators for conditional GET and the hash.</summary>
public sealed record UrlFetchState(
    string PortalId,
    string Url,
    string Kind,
    string? ETag,
    string? LastModified,
    string? Sha256,
    string? BlobName,
    int? LastStatus,
    DateTimeOffset LastFetchedAt,
    DateTimeOffset FirstSeenAt);
