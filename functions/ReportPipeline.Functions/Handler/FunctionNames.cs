namespace ReportPipeline.Functions.Handler;

/// <summary>The functions: each name is a folder under functions/ holding its function.json, and the handler path.</summary>
public static class FunctionNames
{
    public const string CrawlPortals = "CrawlPortals";
    public const string CrawlPortal = "CrawlPortal";
    public const string ParseReport = "ParseReport";
    public const string CheckReport = "CheckReport";
    public const string SendAlerts = "SendAlerts";
    public const string DeadlineSweep = "DeadlineSweep";
    public const string AlertDigest = "AlertDigest";
    public const string Health = "Health";
    public const string Unsubscribe = "Unsubscribe";
    public const string Dashboard = "Dashboard";
    public const string FindingsApi = "FindingsApi";

    /// <summary>Trigger binding names used in the function.json files (the keys of the request's Data).</summary>
    public const string TimerBinding = "timer";
    public const string QueueBinding = "message";
    public const string BlobBinding = "rawBlob";
    public const string HttpBinding = "req";

    public static IReadOnlyList<string> All { get; } =
    [
        CrawlPortals, CrawlPortal, ParseReport, CheckReport, SendAlerts, DeadlineSweep, AlertDigest,
        Health, Unsubscribe, Dashboard, FindingsApi,
    ];
}
