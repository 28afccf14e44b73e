namespace ReportPipeline.Crawling;

/// <summary>A link seen and deliberately not fetched or not stored, with the reason.</summary>
public sealed record SkippedLink(string Url, string Title, string Reason);

/// <summary>A fetch that did not succeed (HTTP error, timeout, refused address, robots, size cap).</summary>
public sealed record FailedFetch(string Url, string Outcome, string Reason);

/// <summary>A document written to the raw container by this run.</summary>
public sealed record StoredDocument(string BlobName, string SourceUrl, string Title, int? ReportYear, string Agency,
    bool IsRepost, string? PreviousSha256);

/// <summary>A report whose bytes changed at the same URL since an earlier fetch: edited after publication.</summary>
public sealed record EditedDocument(string SourceUrl, string PreviousSha256, string NewSha256, string NewBlobName);
