using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Reports;

/// <summary>One row of the Reports table: enough to find a report without loading it.</summary>
public sealed record ReportIndexEntry(
    string ReportId,
    string Agency,
    int ReportYear,
    ReportFormat Format,
    string Title,
    string? SourceUrl,
    DateOnly? PublishedOn,
    string RawBlobName,
    string ParserVersion,
    DateTimeOffset ParsedAt);
