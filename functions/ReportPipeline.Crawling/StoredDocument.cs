namespace ReportPipeline.Crawling;

/// <summary>A document written to the raw container by this run.</summary>
public sealed record StoredDocument(string BlobName, string SourceUrl, string Title, int? ReportYear, string Agency,
    bool IsRepost, string? PreviousSha256);
