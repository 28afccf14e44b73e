using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Deadlines;

/// <summary>One row of the deadline table: bodies of <paramref name="Level"/> (null = any) publish by Month/Day of the next year.</summary>
public sealed record DeadlineRule(int FromReportYear, int? ToReportYear, AgencyLevel? Level, int Month, int Day, string Source)
{
    public bool Applies(AgencyLevel level, int reportYear) =>
        reportYear >= FromReportYear && (ToReportYear is null || reportYear <= ToReportYear)
        && (Level is null || Level == level);
}
