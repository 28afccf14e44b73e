using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.State;

namespace ReportPipeline.Crawling.Handlers;

/// <summary>
/// Timer CrawlPortals: one crawl-portal message per enabled portal that is due (its last run is at least
/// CrawlIntervalHours old, per the FetchState health rows). Returns the number of messages sent.
/// </summary>
public sealed partial class CrawlPortalsHandler(
    IPortalRegistry registry,
    FetchStateStore state,
    IQueueStore queues,
    IOptions<CrawlerOptions> options,
    TimeProvider time,
    ILogger<CrawlPortalsHandler> logger)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var runId = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        await state.EnsureAsync(ct).ConfigureAwait(false);
        await queues.CreateIfNotExistsAsync(options.Value.CrawlPortalQueue, ct).ConfigureAwait(false);
        var health = (await state.GetAllHealthAsync(ct).ConfigureAwait(false)).ToDictionary(h => h.PortalId);
        var sent = 0;
        foreach (var portal in await registry.GetAllAsync(ct).ConfigureAwait(false))
        {
            if (!portal.Enabled || !IsDue(portal, health.GetValueOrDefault(portal.Id), now)) continue;
            var text = PipelineJson.Serialize(new CrawlPortalMessage(portal.Id, runId));
            await queues.SendAsync(options.Value.CrawlPortalQueue, text, cancellationToken: ct).ConfigureAwait(false);
            sent++;
        }
        LogFanOut(sent, runId);
        return sent;
    }

    public static bool IsDue(PortalDefinition portal, PortalHealth? health, DateTimeOffset now) =>
        health?.LastRunAt is not { } last || now - last >= TimeSpan.FromHours(portal.CrawlIntervalHours);

    [LoggerMessage(Level = LogLevel.Information, Message = "Enqueued {Count} portal crawl(s) for run {RunId}")]
    private partial void LogFanOut(int count, string runId);
}
