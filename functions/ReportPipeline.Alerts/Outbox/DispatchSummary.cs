namespace ReportPipeline.Alerts.Outbox;

/// <summary>One dispatch pass: delivered now, to be retried later, and every entry that stays failed.</summary>
public sealed record DispatchSummary(int Sent, int Retrying, IReadOnlyList<OutboxFailure> Failed)
{
    public static DispatchSummary Empty { get; } = new(0, 0, []);
}
