using System.Text;
using ReportPipeline.Functions.Handler;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>What `host --once` prints at the end: this run's work and the state of the stores.</summary>
public sealed record RunSummary(
    int PortalsCrawled,
    int PortalsFailed,
    int BlobEvents,
    int ReportsParsed,
    int ParseFailures,
    int ChecksRun,
    IReadOnlyList<string> PoisonedThisRun)
{
    public static Task<RunSummary> CollectAsync(IServiceProvider services, RunStats stats, CancellationToken ct)
    {
        _ = services;
        _ = ct;
        return Task.FromResult(new RunSummary(
            stats.SucceededCount(FunctionNames.CrawlPortal),
            stats.FailedCount(FunctionNames.CrawlPortal),
            stats.BlobEvents,
            stats.SucceededCount(FunctionNames.ParseReport),
            stats.FailedCount(FunctionNames.ParseReport),
            stats.SucceededCount(FunctionNames.CheckReport),
            stats.PoisonedMessages));
    }

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("==== ReportPipeline run summary ====");
        text.AppendLine($"portals crawled      {PortalsCrawled} ({PortalsFailed} failed attempts)");
        text.AppendLine($"raw blobs (events)   {BlobEvents} new this run");
        text.AppendLine($"reports parsed       {ReportsParsed} this run ({ParseFailures} failed attempts)");
        text.AppendLine($"reports checked      {ChecksRun} this run");
        text.AppendLine($"poison messages      {PoisonedThisRun.Count} this run");
        foreach (var poisoned in PoisonedThisRun)
        {
            text.AppendLine($"  - {poisoned}");
        }

        return text.ToString();
    }
}
