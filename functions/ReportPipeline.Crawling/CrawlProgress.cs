namespace ReportPipeline.Crawling;

/// <summary>One step of a crawl, for a progress display (the `crawl` CLI verb).</summary>
public sealed record CrawlProgress(string PortalId, CrawlStage Stage, string Url, string Message);
