using System.ComponentModel.DataAnnotations;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Crawling;

/// <summary>Configuration section "Crawler". Validated at start-up (AddCrawler).</summary>
public sealed class CrawlerOptions
{
    public const string SectionName = "Crawler";

    /// <summary>The portal registry JSON file; relative paths resolve against the app's base directory.</summary>
    [Required]
    public string RegistryPath { get; set; } = "Registry/portals.json";

    /// <summary>Contact URL put in the User-Agent: "ReportPipeline/1.0 (+{UserAgentContact})".</summary>
    [Required, Url]
    public string UserAgentContact { get; set; } = "https://github.com/reportpipeline/reportpipeline";

    /// <summary>Minimum time between two requests to the same host:port (robots.txt Crawl-delay may raise it).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinDelayPerHost { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Upper bound on a robots.txt Crawl-delay we honour (a hostile value must not stall the crawl).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Per attempt: connect, headers and body.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones back off exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After we wait for; a longer one fails the fetch (retried next night).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 20L * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Nights in a row a portal may fail before CrawlReport flags it as persistently failing.</summary>
    [Range(1, 365)]
    public int FailureThreshold { get; set; } = 3;

    [Range(1, 1000)]
    public int MaxPagesPerList { get; set; } = 20;

    /// <summary>Circuit breaker per host: break after this share of failures among at least BreakerMinimumThroughput.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A detail page with attachments and fewer CJK characters than this (chrome included) is a wrapper: only its
    /// attachments are stored, so the parser never sees an empty "report".
    /// </summary>
    [Range(0, 100_000)]
    public int MinReportTextChars { get; set; } = 400;

    /// <summary>When set, list URLs of "demo": true portals are re-based onto it (the demo server's real port).</summary>
    [Url]
    public string? DemoPortalBaseUrl { get; set; }

    /// <summary>Storage names (defaults: StorageNames); tests point them at unique names.</summary>
    [Required]
    public string RawContainer { get; set; } = StorageNames.RawContainer;

    [Required]
    public string FetchStateTable { get; set; } = StorageNames.FetchStateTable;

    [Required]
    public string CrawlPortalQueue { get; set; } = StorageNames.CrawlPortalQueue;

    public string UserAgent => $"ReportPipeline/1.0 (+{UserAgentContact})";
}
