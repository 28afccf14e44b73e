namespace ReportPipeline.Alerts.Composition;

/// <summary>A rendered email, before it enters the outbox. <see cref="Subject"/> is already header-safe.</summary>
public sealed record ComposedEmail(
    string Recipient,
    string Subject,
    string TextBody,
    string HtmlBody,
    EmailKind Kind,
    IReadOnlyList<AlertItem> Items);
