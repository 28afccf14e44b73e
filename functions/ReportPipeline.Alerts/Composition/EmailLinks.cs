namespace ReportPipeline.Alerts.Composition;

/// <summary>The footer links of one recipient's email.</summary>
public sealed record EmailLinks(string Dashboard, string Unsubscribe);
