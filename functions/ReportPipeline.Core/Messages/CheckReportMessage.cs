namespace ReportPipeline.Core.Messages;

/// <summary>Queue check-report: the parser stored this report; check it.</summary>
/// <param name="ReportsPartitionKey">Where the report's row is in the Reports table.</param>
/// <param name="ReportsRowKey">Ditto.</param>
/// <param name="ParseFailure">Set when the document could not be parsed: the checker records it as a finding.</param>
public sealed record CheckReportMessage(
    string ReportId,
    string Agency,
    int ReportYear,
    string ReportsPartitionKey,
    string ReportsRowKey,
    string RawBlobName,
    string? ParseFailure = null);
