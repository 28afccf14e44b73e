using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Alerts.State;
using ReportPipeline.Alerts.Subscriptions;

namespace ReportPipeline.Alerts;

/// <summary>Creates the alerts tables and the mail container (idempotent); call once at start-up.</summary>
public sealed class AlertsStorageInitializer(SubscriptionStore subscriptions, AlertStateStore states, OutboxStore outbox)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await subscriptions.CreateIfNotExistsAsync(ct);
        await states.CreateIfNotExistsAsync(ct);
        await outbox.CreateIfNotExistsAsync(ct);
    }
}
