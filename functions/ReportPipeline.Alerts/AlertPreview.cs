using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.Routing;
using ReportPipeline.Alerts.State;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Alerts.Unsubscribe;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts;

/// <summary>
/// What would be sent now to each recipient (or one): every finding their subscriptions want that has something to
/// announce (new, resolved, reminder due). Writes nothing, sends nothing.
/// </summary>
public sealed class AlertPreview(IFindingsRepository findings, SubscriptionStore subscriptions, AlertStateStore states,
    RecipientAnnouncer announcer, RegionResolver regions, IOptions<AlertsOptions> options, TimeProvider time)
{
    public async Task<AlertPreviewResult> RenderAsync(string? recipient, CancellationToken ct)
    {
        var subs = (await subscriptions.ListAsync(ct).ToListAsync(ct))
            .Where(s => recipient is null || UnsubscribeTokens.Normalize(s.Recipient) == UnsubscribeTokens.Normalize(recipient))
            .ToList();
        var records = await findings.ListAsync(cancellationToken: ct).ToListAsync(ct);
        var regionMap = await regions.LoadAsync(ct);
        var now = time.GetUtcNow();
        var emails = new List<ComposedEmail>();
        foreach (var mine in subs.GroupBy(s => UnsubscribeTokens.Normalize(s.Recipient)))
        {
            var items = new List<AlertItem>();
            foreach (var record in records.Where(r => mine.Any(s => SubscriptionMatcher.Wants(s, r.Finding, regionMap.Of(r.Finding), now))))
            {
                var state = await states.GetAsync(mine.Key, record.Key, ct);
                if (AnnouncementPolicy.Decide(record, state, now, options.Value.ReminderInterval, true) is { } change)
                    items.Add(new AlertItem(record, change));
            }
            var kind = mine.Any(s => s.Delivery == DeliveryMode.Immediate) ? EmailKind.Immediate : EmailKind.Digest;
            if (items.Count > 0)
                emails.Add(announcer.Compose(mine.Key, items, kind));
        }
        return new AlertPreviewResult(emails);
    }
}
