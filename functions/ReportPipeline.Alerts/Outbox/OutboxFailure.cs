namespace ReportPipeline.Alerts.Outbox;

/// <summary>An email that could not be delivered after MaxAttempts, as shown in summaries.</summary>
public sealed record OutboxFailure(string Id, string Recipient, string Subject, int Attempts, string? LastError);
