namespace ReportPipeline.Crawling;

/// <summary>A link seen and deliberately not fetched or not stored, with the reason.</summary>
public sealed record SkippedLink(string Url, string Title, string Reason);
