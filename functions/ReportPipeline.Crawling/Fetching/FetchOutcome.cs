namespace ReportPipeline.Crawling.Fetching;

public enum FetchOutcome
{
    /// <summary>2xx: bytes in hand.</summary>
    Ok,
    /// <summary>304 on a conditional GET: unchanged since the last fetch.</summary>
    NotModified,
    /// <summary>robots.txt disallows the URL for our user-agent.</summary>
    RobotsDisallowed,
    /// <summary>The target (or a redirect hop) resolves to an address we never connect to.</summary>
    Refused,
    /// <summary>The body exceeded CrawlerOptions.MaxDocumentBytes.</summary>
    TooLarge,
    /// <summary>HTTP error, network error, timeout or open circuit, after retries.</summary>
    Failed,
}
