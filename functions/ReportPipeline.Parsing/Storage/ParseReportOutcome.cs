using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Storage;

/// <summary>What ParseReport did with one raw blob: the report stored (or the failure recorded) and the check enqueued.</summary>
public sealed record ParseReportOutcome(
    string ReportId,
    string Agency,
    int ReportYear,
    ReportFormat Format,
    string? FailureReason)
{
    public bool Succeeded => FailureReason is null;
}
