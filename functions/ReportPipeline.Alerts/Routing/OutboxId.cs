using System.Security.Cryptography;
using System.Text;
using ReportPipeline.Alerts.Unsubscribe;

namespace ReportPipeline.Alerts.Routing;

/// <summary>
/// The outbox entry id: a hash of the recipient and, per finding, its key, change kind and announcement sequence.
/// A redelivered queue message yields the same id (and is not sent twice); a re-opened finding yields a new one.
/// </summary>
public static class OutboxId
{
    public static string For(string recipient, IEnumerable<PlannedItem> items)
    {
        var parts = items.Select(p => $"{p.Item.Finding.Key}:{p.Item.Change}:{p.Before.Sequence}")
            .Order(StringComparer.Ordinal);
        var text = UnsubscribeTokens.Normalize(recipient) + "\n" + string.Join("\n", parts);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
    }
}
