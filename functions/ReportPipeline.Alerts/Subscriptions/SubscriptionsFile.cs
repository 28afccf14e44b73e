namespace ReportPipeline.Alerts.Subscriptions;

/// <summary>The documented config file shape (subscriptions.demo.json, docs/alerts.md).</summary>
public sealed record SubscriptionsFile(IReadOnlyList<Subscription> Subscriptions);
