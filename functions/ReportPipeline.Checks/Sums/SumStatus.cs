namespace ReportPipeline.Checks.Sums;

public enum SumStatus
{
    /// <summary>The table or one whole side is not in the report: nothing to check.</summary>
    Absent,
    Holds,
    Violated,
    /// <summary>A needed cell is blank or missing: no conclusion (a completeness finding instead).</summary>
    Incomplete,
}
