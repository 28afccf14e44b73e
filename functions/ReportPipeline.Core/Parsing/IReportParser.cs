namespace ReportPipeline.Core.Parsing;

/// <summary>Turns fetched bytes (HTML, text, PDF, DOCX) into a <see cref="Model.ParsedReport"/>.</summary>
public interface IReportParser
{
    Task<ParseResult> ParseAsync(RawDocument document, CancellationToken cancellationToken = default);
}
