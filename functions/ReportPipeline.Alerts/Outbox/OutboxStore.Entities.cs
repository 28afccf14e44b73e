using ReportPipeline.Core.Storage;

namespace ReportPipeline.Alerts.Outbox;

public sealed partial class OutboxStore
{
    internal static string Name(OutboxStatus status) => status.ToString().ToLowerInvariant();

    private static TableEntity ToEntity(OutboxEntry e)
    {
        var entity = new TableEntity(Partition, e.Id)
        {
            ETag = e.ETag,
            ["Recipient"] = e.Recipient,
            ["Subject"] = e.Subject,
            ["MessageId"] = e.MessageId,
            ["Status"] = Name(e.Status),
            ["Attempts"] = e.Attempts,
            ["CreatedAt"] = e.CreatedAt,
            ["NextAttemptAt"] = e.NextAttemptAt,
            ["FindingCount"] = e.FindingCount,
        };
        if (e.LeaseUntil is { } lease)
            entity["LeaseUntil"] = lease;
        if (e.SentAt is { } sent)
            entity["SentAt"] = sent;
        if (e.LastError is { } error)
            entity["LastError"] = error.Length > 4000 ? error[..4000] : error;
        return entity;
    }

    private static OutboxEntry FromEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("Recipient") ?? "",
        e.GetString("Subject") ?? "",
        e.GetString("MessageId") ?? "",
        Enum.Parse<OutboxStatus>(e.GetString("Status") ?? "pending", ignoreCase: true),
        (int)(e.GetInt64("Attempts") ?? 0),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("LeaseUntil"),
        e.GetDateTimeOffset("SentAt"),
        e.GetString("LastError"),
        (int)(e.GetInt64("FindingCount") ?? 0),
        e.ETag);
}
