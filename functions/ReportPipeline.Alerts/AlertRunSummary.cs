using ReportPipeline.Alerts.Outbox;

namespace ReportPipeline.Alerts;

/// <summary>
/// One alerts run: emails newly composed into the outbox, findings queued for the digest, and what the dispatch
/// that followed delivered (Sent), will retry (Retrying) and could not deliver (Failed, with errors).
/// </summary>
public sealed record AlertRunSummary(int Composed, int QueuedForDigest, DispatchSummary Delivery)
{
    public int Sent => Delivery.Sent;
    public int Failed => Delivery.Failed.Count;
}
