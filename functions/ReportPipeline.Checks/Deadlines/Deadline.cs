namespace ReportPipeline.Checks.Deadlines;

/// <summary>The date a report is due and the rule or notice that sets it.</summary>
public sealed record Deadline(DateOnly Date, string Source);
