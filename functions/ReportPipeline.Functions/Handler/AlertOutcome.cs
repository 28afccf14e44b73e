using ReportPipeline.Alerts;

namespace ReportPipeline.Functions.Handler;

/// <summary>
/// Maps an alerts run to the invocation result. Deliveries that failed stay in the outbox with their error and
/// are retried by the next dispatch; the invocation still succeeds so the alerts message is not re-composed.
/// </summary>
public static class AlertOutcome
{
    public static string Describe(AlertRunSummary summary) =>
        $"{summary.Composed} email(s) composed, {summary.QueuedForDigest} finding(s) queued for the digest, " +
        $"{summary.Sent} sent, {summary.Delivery.Retrying} retrying, {summary.Failed} failed";
}
