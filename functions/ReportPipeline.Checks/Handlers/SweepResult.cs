namespace ReportPipeline.Checks.Handlers;

/// <summary>What one deadline sweep did: agency-years past their deadline examined, findings opened and resolved.</summary>
public sealed record SweepResult(int AgencyYearsChecked, int Opened, int Resolved, int AlertsSent);
