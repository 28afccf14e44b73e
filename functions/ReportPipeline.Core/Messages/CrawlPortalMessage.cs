namespace ReportPipeline.Core.Messages;

/// <summary>Queue crawl-portal: crawl one portal. <see cref="ResumeFrom"/> lets a crawl continue after a crash.</summary>
public sealed record CrawlPortalMessage(string PortalId, string RunId, string? ResumeFrom = null);
