namespace ReportPipeline.Crawling;

/// <summary>The step a <see cref="CrawlProgress"/> event reports.</summary>
public enum CrawlStage { ListPage, Skipped, Fetched, Unchanged, Stored, Failed, Done }
