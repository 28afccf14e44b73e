using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Alerts.Routing;
using ReportPipeline.Alerts.State;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Alerts.Unsubscribe;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts;

/// <summary>
/// Timer, daily: one digest per recipient with everything pending for them, plus reminders for errors still open
/// after <see cref="AlertsOptions.ReminderInterval"/> (for immediate recipients too).
/// </summary>
public sealed partial class AlertDigestHandler(IFindingsRepository findings, SubscriptionStore subscriptions,
    AlertStateStore states, RecipientAnnouncer announcer, OutboxDispatcher dispatcher, RegionResolver regions,
    IOptions<AlertsOptions> options, TimeProvider time, ILogger<AlertDigestHandler> logger)
{
    public async Task<AlertRunSummary> HandleAsync(CancellationToken ct)
    {
        var subs = await subscriptions.ListAsync(ct).ToListAsync(ct);
        var regionMap = await regions.LoadAsync(ct);
        var rows = await states.ListActionableAsync(ct).ToListAsync(ct);
        var composed = 0;
        foreach (var recipientRows in rows.GroupBy(r => UnsubscribeTokens.Normalize(r.Recipient)))
        {
            var mine = subs.Where(s => UnsubscribeTokens.Normalize(s.Recipient) == recipientRows.Key).ToList();
            var items = await PlanAsync(recipientRows, mine, regionMap, ct);
            if (items.Count > 0 && await announcer.AnnounceAsync(recipientRows.Key, items, EmailKind.Digest, ct))
                composed++;
        }
        LogDigest(rows.Count, composed);
        return new AlertRunSummary(composed, 0, await dispatcher.DispatchAsync(ct));
    }

    private async Task<List<PlannedItem>> PlanAsync(IEnumerable<AlertState> rows, IReadOnlyList<Subscription> mine,
        RegionMap regionMap, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var items = new List<PlannedItem>();
        foreach (var row in rows)
        {
            var record = await findings.GetAsync(row.FindingKey, ct);
            var wanted = record is not null && mine.Any(s => SubscriptionMatcher.Wants(s, record.Finding, regionMap.Of(record.Finding), now));
            var change = wanted ? AnnouncementPolicy.Decide(record!, row, now, options.Value.ReminderInterval, true) : null;
            // Outside a digest run only reminders are new for immediate recipients; pending rows may carry any change.
            if (change is { } c && (row.Pending || c == ChangeKind.StillOpen))
                items.Add(new PlannedItem(new AlertItem(record!, c), row));
            else if (row.Pending)
                await states.SaveAsync(row with { Pending = false }, ct);
        }
        return items;
    }

    [LoggerMessage(LogLevel.Information, "Digest: {Rows} alert-state rows examined, {Composed} digests composed")]
    private partial void LogDigest(int rows, int composed);
}
