using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Alerts.Subscriptions;

/// <summary>
/// Loads a subscriptions file (docs/alerts.md) into the table. Re-seeding replaces filters and silences but keeps
/// an unsubscribe: the recipient's decision outlives the config file.
/// </summary>
public sealed partial class SubscriptionSeeder(SubscriptionStore store, ILogger<SubscriptionSeeder> logger)
{
    public async Task<int> SeedAsync(string path, CancellationToken ct)
    {
        var file = Parse(await File.ReadAllTextAsync(path, ct), path);
        await store.CreateIfNotExistsAsync(ct);
        foreach (var subscription in file.Subscriptions)
        {
            var existing = await store.ListForRecipientAsync(subscription.Recipient, ct);
            var unsubscribed = existing.Any(s => s.Id == subscription.Id && s.Unsubscribed);
            await store.SaveAsync(subscription with { Unsubscribed = unsubscribed || subscription.Unsubscribed }, ct);
        }
        LogSeeded(file.Subscriptions.Count, path);
        return file.Subscriptions.Count;
    }

    internal static SubscriptionsFile Parse(string json, string path)
    {
        SubscriptionsFile file;
        try
        {
            file = PipelineJson.Deserialize<SubscriptionsFile>(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a subscriptions file ({e.Message})", e);
        }
        foreach (var problem in file.Subscriptions.Select(SubscriptionRules.Problem).OfType<string>())
            throw new InvalidDataException($"{path}: {problem}");
        var duplicate = file.Subscriptions.GroupBy(s => (s.Recipient.ToLowerInvariant(), s.Id)).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? file : throw new InvalidDataException($"{path}: duplicate subscription id '{duplicate.Key.Id}'");
    }

    [LoggerMessage(LogLevel.Information, "Seeded {Count} subscriptions from {Path}")]
    private partial void LogSeeded(int count, string path);
}
