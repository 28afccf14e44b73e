using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Alerts.State;
using ReportPipeline.Alerts.Unsubscribe;

namespace ReportPipeline.Alerts.Routing;

/// <summary>
/// Composes one recipient's email, writes it to the outbox, then records the announcements. A crash between the
/// two steps is harmless: the retry recomputes the same outbox id and finds the entry already there.
/// </summary>
public sealed class RecipientAnnouncer(OutboxStore outbox, AlertStateStore states, EmailLinkBuilder links,
    IOptions<SmtpOptions> smtp, TimeProvider time)
{
    /// <summary>True when a new outbox entry was written; false when this exact email was already composed.</summary>
    public async Task<bool> AnnounceAsync(string recipient, IReadOnlyList<PlannedItem> items, EmailKind kind,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var email = Compose(recipient, items.Select(p => p.Item).ToList(), kind);
        var id = OutboxId.For(recipient, items);
        var entry = new OutboxEntry(id, recipient, email.Subject, MessageId(id), OutboxStatus.Pending, 0, now, now,
            FindingCount: items.Count);
        var added = await outbox.AddAsync(entry, email.TextBody, email.HtmlBody, ct);
        foreach (var planned in items)
            await states.SaveAsync(planned.Before.Announced(AnnouncementPolicy.StatusAfter(planned.Item.Change), now), ct);
        return added;
    }

    public ComposedEmail Compose(string recipient, IReadOnlyList<AlertItem> items, EmailKind kind) =>
        AlertComposer.Compose(recipient, items, kind, links.For(recipient));

    private string MessageId(string id)
    {
        var at = smtp.Value.From.LastIndexOf('@');
        var domain = at < 0 ? "reportpipeline.local" : smtp.Value.From[(at + 1)..];
        return $"<alert-{id}@{domain}>";
    }
}
