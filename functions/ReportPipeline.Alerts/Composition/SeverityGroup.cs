using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Composition;

public sealed record SeverityGroup(Severity Severity, IReadOnlyList<AlertItem> Items);
