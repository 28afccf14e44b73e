namespace ReportPipeline.Alerts.Outbox;

/// <summary>What the transport sends: header-safe subject, both views, the fixed Message-ID, the unsubscribe link.</summary>
public sealed record OutgoingMail(string Recipient, string Subject, string TextBody, string HtmlBody, string MessageId,
    string? UnsubscribeUrl = null);
