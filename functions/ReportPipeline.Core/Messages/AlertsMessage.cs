namespace ReportPipeline.Core.Messages;

/// <summary>Queue alerts: findings of one agency/year opened or resolved by a check (keys are <see cref="Findings.FindingKey"/>).</summary>
public sealed record AlertsMessage(
    string Agency,
    int ReportYear,
    IReadOnlyList<string> Opened,
    IReadOnlyList<string> Resolved,
    string? ReportId = null);
