using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Alerts.Unsubscribe;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Routing;

/// <summary>Which recipients want a finding, and how: immediate wins when any wanting subscription is immediate.</summary>
public static class SubscriptionRouting
{
    public static IReadOnlyDictionary<string, DeliveryMode> Route(IEnumerable<Subscription> subscriptions, Finding finding,
        string? region, DateTimeOffset now) =>
        subscriptions.Where(s => SubscriptionMatcher.Wants(s, finding, region, now))
            .GroupBy(s => UnsubscribeTokens.Normalize(s.Recipient))
            .ToDictionary(g => g.Key, g => g.Any(s => s.Delivery == DeliveryMode.Immediate)
                ? DeliveryMode.Immediate
                : DeliveryMode.Digest);
}
