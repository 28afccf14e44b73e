using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Alerts.Routing;
using ReportPipeline.Alerts.State;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Alerts;

/// <summary>
/// Queue "alerts": routes the changed findings to subscriptions; immediate recipients get one email each (outbox,
/// then delivery), digest recipients get pending entries for the daily digest. Idempotent under redelivery.
/// </summary>
public sealed partial class SendAlertsHandler(IFindingsRepository findings, SubscriptionStore subscriptions,
    AlertStateStore states, RecipientAnnouncer announcer, OutboxDispatcher dispatcher, RegionResolver regions,
    IOptions<AlertsOptions> options, TimeProvider time, ILogger<SendAlertsHandler> logger)
{
    public async Task<AlertRunSummary> HandleAsync(AlertsMessage message, CancellationToken ct)
    {
        var records = await LoadAsync(message.Opened.Concat(message.Resolved), ct);
        var (immediate, queued) = await RouteAsync(records, ct);
        var composed = 0;
        foreach (var (recipient, items) in immediate)
            composed += await announcer.AnnounceAsync(recipient, items, EmailKind.Immediate, ct) ? 1 : 0;
        LogRouted(message.Agency, message.ReportYear, records.Count, composed, queued);
        return new AlertRunSummary(composed, queued, await dispatcher.DispatchAsync(ct));
    }

    /// <summary>Immediate recipients get planned items; digest recipients get a pending row (counted).</summary>
    private async Task<(Dictionary<string, List<PlannedItem>> Immediate, int Queued)> RouteAsync(
        IReadOnlyList<FindingRecord> records, CancellationToken ct)
    {
        var subs = await subscriptions.ListAsync(ct).ToListAsync(ct);
        var regionMap = await regions.LoadAsync(ct);
        var now = time.GetUtcNow();
        var immediate = new Dictionary<string, List<PlannedItem>>();
        var queued = 0;
        foreach (var record in records)
        {
            foreach (var (recipient, mode) in SubscriptionRouting.Route(subs, record.Finding, regionMap.Of(record.Finding), now))
            {
                var before = await states.GetAsync(recipient, record.Key, ct) ?? new AlertState(recipient, record.Key);
                if (AnnouncementPolicy.Decide(record, before, now, options.Value.ReminderInterval, false) is not { } change)
                    continue;
                if (mode == DeliveryMode.Digest)
                {
                    await states.SaveAsync(before with { Pending = true }, ct);
                    queued++;
                    continue;
                }
                immediate.TryAdd(recipient, []);
                immediate[recipient].Add(new PlannedItem(new AlertItem(record, change), before));
            }
        }
        return (immediate, queued);
    }

    private async Task<List<FindingRecord>> LoadAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var records = new List<FindingRecord>();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (await findings.GetAsync(key, ct) is { } record)
                records.Add(record);
            else
                LogMissing(key);
        }
        return records;
    }

    [LoggerMessage(LogLevel.Information,
        "Alerts for {Agency} {ReportYear}: {Findings} findings, {Composed} emails composed, {Queued} digest entries")]
    private partial void LogRouted(string agency, int reportYear, int findings, int composed, int queued);

    [LoggerMessage(LogLevel.Warning, "Finding {FindingKey} named in an alerts message is not in the Findings table")]
    private partial void LogMissing(string findingKey);
}
