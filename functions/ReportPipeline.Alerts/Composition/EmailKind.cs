namespace ReportPipeline.Alerts.Composition;

public enum EmailKind
{
    /// <summary>Sent when a check opens or resolves findings.</summary>
    Immediate,
    /// <summary>The daily summary: pending changes and reminders.</summary>
    Digest,
}
