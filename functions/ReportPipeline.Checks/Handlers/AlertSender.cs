using ReportPipeline.Checks.Storage;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Handlers;

/// <summary>
/// Writes one agency/year's planned finding updates together with the AlertsMessage announcing them, then hands
/// every pending alert of that agency/year to the alerts queue. A crash or a failed send between the two steps
/// leaves the alert pending, and the retry (the queue message or the next sweep) delivers it: nothing is lost.
/// </summary>
internal static class AlertSender
{
    public static async Task<int> CommitAndAnnounceAsync(TableFindingsRepository findings, IReadOnlyList<FindingsUpdate> updates,
        IQueueStore queues, string queue, string agency, int reportYear, string? reportId, CancellationToken cancellationToken)
    {
        var changes = Combine(updates);
        var alert = changes.Any ? new AlertsMessage(agency, reportYear, changes.Opened, changes.Resolved, reportId) : null;
        await findings.CommitAsync(updates, alert, cancellationToken).ConfigureAwait(false);
        return await findings.DeliverPendingAlertsAsync(agency, reportYear, queues, queue, cancellationToken).ConfigureAwait(false);
    }

    public static FindingChanges Combine(IReadOnlyList<FindingsUpdate> updates) => new(
        [.. updates.SelectMany(u => u.Changes.Opened)],
        [.. updates.SelectMany(u => u.Changes.Resolved)]);
}
