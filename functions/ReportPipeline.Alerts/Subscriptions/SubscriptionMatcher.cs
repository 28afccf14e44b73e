using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Subscriptions;

/// <summary>Decides whether a subscription wants a finding now (filters, severity, silences, unsubscribe).</summary>
public static class SubscriptionMatcher
{
    public static bool Wants(Subscription subscription, Finding finding, string? region, DateTimeOffset now)
    {
        if (subscription.Unsubscribed || finding.Severity < subscription.MinSeverity)
            return false;
        if (!MatchesAny(subscription.Agencies, finding.Agency) || !MatchesRegion(subscription.Regions, region))
            return false;
        if (!MatchesAny(subscription.RuleFamilies, Family(finding.Rule)))
            return false;
        return !subscription.Silences.Any(s => s.IsActive(now) && s.Covers(finding.Rule, finding.Agency));
    }

    /// <summary>The family prefix of a rule id: "sum.applications-identity" → "sum".</summary>
    public static string Family(string rule)
    {
        var dot = rule.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rule : rule[..dot];
    }

    private static bool MatchesAny(IReadOnlyList<string> wanted, string value) =>
        wanted.Count == 0 || wanted.Contains(value, StringComparer.Ordinal);

    // A region filter "江苏省南通市" also takes findings of "江苏省南通市崇川区": regions nest by prefix.
    private static bool MatchesRegion(IReadOnlyList<string> wanted, string? region) =>
        wanted.Count == 0 || (region is not null && wanted.Any(w => region.StartsWith(w, StringComparison.Ordinal)));
}
