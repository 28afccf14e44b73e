using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Composition;

/// <summary>One finding in one email, with what changed since the recipient's last email about it.</summary>
public sealed record AlertItem(FindingRecord Record, ChangeKind Change)
{
    public Finding Finding => Record.Finding;
}
