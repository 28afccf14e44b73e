using System.ComponentModel.DataAnnotations;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Alerts.Options;

/// <summary>Section "Alerts": links, the unsubscribe signing key, delivery retries, reminders and digest time.</summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    [Required, Url]
    public string DashboardBaseUrl { get; set; } = "http://localhost:7071/";

    /// <summary>The http function's address; the signed token is appended as ?token=….</summary>
    [Required, Url]
    public string UnsubscribeBaseUrl { get; set; } = "http://localhost:7071/api/unsubscribe";

    /// <summary>HMAC-SHA256 key for unsubscribe tokens (≥ 32 characters). Never committed: set it in app settings.</summary>
    [Required, MinLength(32)]
    public string SigningKey { get; set; } = "";

    /// <summary>Delivery attempts before an outbox entry stays "failed".</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before retrying a failed delivery, doubled per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a "sending" claim holds before another dispatcher may retry it (the process died).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Still-open errors are mentioned again (in the digest) at most this often.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Local hour (Asia/Shanghai) the daily digest timer is meant to fire; documents the schedule.</summary>
    [Range(0, 23)]
    public int DigestHourLocal { get; set; } = 8;

    [Required]
    public string SubscriptionsTable { get; set; } = StorageNames.SubscriptionsTable;

    [Required]
    public string OutboxTable { get; set; } = StorageNames.OutboxTable;

    [Required]
    public string AlertStateTable { get; set; } = StorageNames.AlertStateTable;

    [Required]
    public string MailContainer { get; set; } = StorageNames.MailContainer;
}
