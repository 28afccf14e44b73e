using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.State;

namespace ReportPipeline.Alerts.Routing;

/// <summary>An item to announce, with the recipient's state before the announcement.</summary>
public sealed record PlannedItem(AlertItem Item, AlertState Before);
