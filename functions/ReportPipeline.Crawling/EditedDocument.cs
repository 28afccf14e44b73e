namespace ReportPipeline.Crawling;

/// <summary>A report whose bytes changed at the same URL since an earlier fetch: edited after publication.</summary>
public sealed record EditedDocument(string SourceUrl, string PreviousSha256, string NewSha256, string NewBlobName);
