namespace ReportPipeline.Alerts.Outbox;

/// <summary>
/// One composed email. The bodies live in the mail container as "{Id}.txt" and "{Id}.html";
/// <see cref="MessageId"/> is fixed at composition, so every retry carries the same Message-ID header.
/// </summary>
public sealed record OutboxEntry(
    string Id,
    string Recipient,
    string Subject,
    string MessageId,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LeaseUntil = null,
    DateTimeOffset? SentAt = null,
    string? LastError = null,
    int FindingCount = 0,
    string? ETag = null)
{
    public string TextBlob => $"{Id}.txt";
    public string HtmlBlob => $"{Id}.html";
}
