namespace ReportPipeline.Alerts.Outbox;

/// <summary>Lifecycle of an outbox entry; stored as the lower-case name.</summary>
public enum OutboxStatus
{
    /// <summary>Written, waiting for (another) attempt.</summary>
    Pending,
    /// <summary>Claimed by a dispatcher until its lease runs out.</summary>
    Sending,
    Sent,
    /// <summary>MaxAttempts used up; kept with its last error.</summary>
    Failed,
}
