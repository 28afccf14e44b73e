namespace ReportPipeline.Alerts.Subscriptions;

/// <summary>
/// A recipient's "not now" for one rule (or rule family prefix such as "integrity.") or one agency, until
/// <see cref="Until"/>. Set exactly one of <see cref="Rule"/> and <see cref="Agency"/>.
/// </summary>
public sealed record Silence(DateTimeOffset Until, string? Rule = null, string? Agency = null, string? Reason = null)
{
    public bool IsActive(DateTimeOffset now) => now < Until;

    public bool Covers(string rule, string agency) =>
        (Rule is not null && (rule == Rule || (Rule.EndsWith('.') && rule.StartsWith(Rule, StringComparison.Ordinal))))
        || (Agency is not null && agency == Agency);
}
