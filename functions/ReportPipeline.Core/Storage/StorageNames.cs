namespace ReportPipeline.Core.Storage;

/// <summary>
/// Every container, queue and table the pipeline uses. host.json, the function.json files and infra/ must use these
/// exact names (tests/ReportPipeline.Infra.Tests checks it).
/// </summary>
public static class StorageNames
{
    /// <summary>Fetched bytes, forever, keyed by content hash; the blob trigger of ParseReport watches it.</summary>
    public const string RawContainer = "raw";
    /// <summary>Long texts and full parsed models that do not fit a table property.</summary>
    public const string ParsedContainer = "parsed";
    /// <summary>Rendered emails (HTML) kept with the outbox entries.</summary>
    public const string MailContainer = "mail";

    public const string CrawlPortalQueue = "crawl-portal";
    public const string CheckReportQueue = "check-report";
    public const string AlertsQueue = "alerts";

    public const string PortalsTable = "Portals";
    public const string FetchStateTable = "FetchState";
    public const string ReportsTable = "Reports";
    public const string SectionsTable = "Sections";
    public const string CellsTable = "Cells";
    public const string MetricsTable = "Metrics";
    public const string FindingsTable = "Findings";
    public const string SubscriptionsTable = "Subscriptions";
    public const string OutboxTable = "Outbox";
    /// <summary>Per recipient and finding: what was last announced, when, and whether a digest entry is pending.</summary>
    public const string AlertStateTable = "AlertState";

    public static IReadOnlyList<string> Containers { get; } = [RawContainer, ParsedContainer, MailContainer];
    public static IReadOnlyList<string> Queues { get; } = [CrawlPortalQueue, CheckReportQueue, AlertsQueue];
    public static IReadOnlyList<string> Tables { get; } =
    [
        PortalsTable, FetchStateTable, ReportsTable, SectionsTable, CellsTable, MetricsTable,
        FindingsTable, SubscriptionsTable, OutboxTable, AlertStateTable,
    ];

    /// <summary>The Functions host's convention for messages that failed maxDequeueCount times.</summary>
    public static string PoisonQueue(string queue) => $"{queue}-poison";
}
