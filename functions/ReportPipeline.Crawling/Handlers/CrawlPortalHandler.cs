using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.Fetching;
using ReportPipeline.Crawling.State;

namespace ReportPipeline.Crawling.Handlers;

/// <summary>
/// Queue crawl-portal: crawls one portal and stores its new report documents in the raw container. Never throws for a
/// portal's own failures (they are in the returned report and the FetchState health row); only cancellation and
/// storage errors propagate, so the queue's retry and poison handling cover what the crawler cannot.
/// </summary>
public sealed partial class CrawlPortalHandler(
    IPortalRegistry registry,
    PoliteFetcher fetcher,
    FetchStateStore state,
    IBlobStore blobs,
    IOptions<CrawlerOptions> options,
    TimeProvider time,
    ILogger<CrawlPortalHandler> logger)
{
    private readonly RawDocumentWriter _writer = new(blobs, state, options.Value.RawContainer);

    public async Task<CrawlReport> HandleAsync(CrawlPortalMessage message, IProgress<CrawlProgress>? progress = null,
        CancellationToken ct = default)
    {
        var report = new CrawlReport { PortalId = message.PortalId, RunId = message.RunId, StartedAt = time.GetUtcNow() };
        var portal = await registry.FindAsync(message.PortalId, ct).ConfigureAwait(false);
        if (portal is null || !portal.Enabled)
        {
            report.FailureReason = portal is null ? "portal not in the registry" : "portal is disabled in the registry";
            report.PortalFailed = portal is null;
            return Finish(report, progress);
        }
        await blobs.CreateContainerIfNotExistsAsync(options.Value.RawContainer, ct).ConfigureAwait(false);
        await state.EnsureAsync(ct).ConfigureAwait(false);
        LogStart(portal.Id, message.RunId);
        var crawl = new PortalCrawl(portal, report, fetcher, state, _writer, options.Value, progress);
        await crawl.RunAsync(message.ResumeFrom, ct).ConfigureAwait(false);
        await RecordHealthAsync(report, ct).ConfigureAwait(false);
        return Finish(report, progress);
    }

    private async Task RecordHealthAsync(CrawlReport report, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var before = await state.GetHealthAsync(report.PortalId, ct).ConfigureAwait(false);
        var failures = report.PortalFailed ? (before?.ConsecutiveFailures ?? 0) + 1 : 0;
        report.ConsecutiveFailures = failures;
        report.PersistentlyFailing = failures >= options.Value.FailureThreshold;
        await state.SaveHealthAsync(new PortalHealth(report.PortalId, failures, now,
            report.PortalFailed ? before?.LastSuccessAt : now, report.PortalFailed ? report.FailureReason : null), ct).ConfigureAwait(false);
        if (report.PersistentlyFailing) LogPersistentFailure(report.PortalId, failures, report.FailureReason);
    }

    private CrawlReport Finish(CrawlReport report, IProgress<CrawlProgress>? progress)
    {
        report.FinishedAt = time.GetUtcNow();
        progress?.Report(new CrawlProgress(report.PortalId, CrawlStage.Done, "", report.Summary()));
        LogDone(report.PortalId, report.Found, report.Fetched, report.Stored.Count, report.Skipped.Count, report.Failed.Count);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawling portal {PortalId} (run {RunId})")]
    private partial void LogStart(string portalId, string runId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Crawled {PortalId}: {Found} found, {Fetched} fetched, {Stored} stored, {Skipped} skipped, {Failed} failed")]
    private partial void LogDone(string portalId, int found, int fetched, int stored, int skipped, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal {PortalId} failed {Failures} runs in a row: {Reason}")]
    private partial void LogPersistentFailure(string portalId, int failures, string? reason);
}
