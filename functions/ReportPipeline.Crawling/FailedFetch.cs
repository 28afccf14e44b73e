namespace ReportPipeline.Crawling;

/// <summary>A fetch that did not succeed (HTTP error, timeout, refused address, robots, size cap).</summary>
public sealed record FailedFetch(string Url, string Outcome, string Reason);
