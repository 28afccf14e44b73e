using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Subscriptions;

/// <summary>
/// Who receives which findings and how. Empty filter lists mean "all". <see cref="RuleFamilies"/> are the rule id
/// prefixes without the dot ("sum", "deadline", …).
/// </summary>
public sealed record Subscription
{
    public required string Id { get; init; }
    public required string Recipient { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public IReadOnlyList<string> RuleFamilies { get; init; } = [];
    public Severity MinSeverity { get; init; } = Severity.Info;
    public DeliveryMode Delivery { get; init; } = DeliveryMode.Immediate;
    public IReadOnlyList<Silence> Silences { get; init; } = [];
    /// <summary>Set by the unsubscribe link; the row is kept so the decision is remembered on re-seeding.</summary>
    public bool Unsubscribed { get; init; }
}
