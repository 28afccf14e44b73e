using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Parsing;

/// <summary>A parsed report, or the one-line reason the document could not be parsed (never an exception).</summary>
public sealed record ParseResult(ParsedReport? Report, string? FailureReason)
{
    public bool Succeeded => Report is not null;

    public static ParseResult Success(ParsedReport report) => new(report, null);

    public static ParseResult Failure(string reason) => new(null, reason);
}
