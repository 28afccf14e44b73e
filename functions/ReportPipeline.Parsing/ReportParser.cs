using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Parsing.Analysis;
using ReportPipeline.Parsing.Docx;
using ReportPipeline.Parsing.Html;
using ReportPipeline.Parsing.Input;
using ReportPipeline.Parsing.Pdf;
using ReportPipeline.Parsing.Text;

namespace ReportPipeline.Parsing;

/// <summary>
/// Bytes (HTML, text, PDF, DOCX) to a <see cref="ParsedReport"/>. Never throws for bad input: size, time, format and
/// conversion problems come back as <see cref="ParseResult.Failure"/> with a one-line reason.
/// </summary>
public sealed class ReportParser(ParserOptions options, TimeProvider? timeProvider = null, ILogger<ReportParser>? logger = null)
    : IReportParser
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<ReportParser>.Instance;
    private readonly PdfExtractor _pdf = new(options);

    public async Task<ParseResult> ParseAsync(RawDocument document, CancellationToken cancellationToken = default)
    {
        if (document.Content.IsEmpty) return ParseResult.Failure("empty document: no bytes to parse");
        if (document.Content.Length > options.MaxBytes)
            return ParseResult.Failure($"document too large: {document.Content.Length} bytes exceeds the limit of {options.MaxBytes} bytes");
        using var timeout = new CancellationTokenSource(options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = _time.GetTimestamp();
        try
        {
            var report = await ParseCoreAsync(document, linked.Token).WaitAsync(linked.Token);
            _logger.LogInformation("Parsed {ReportId} ({Format}, {Tables} tables) in {ElapsedMs} ms", report.ReportId, report.Format,
                report.Tables.Count, _time.GetElapsedTime(started).TotalMilliseconds);
            return ParseResult.Success(report);
        }
        catch (DocumentRejectedException e)
        {
            _logger.LogWarning("Document {SourceUrl} not parsed: {Reason}", document.SourceUrl, e.Message);
            return ParseResult.Failure(e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ParseResult.Failure($"parse timed out after {options.Timeout.TotalSeconds:0.###} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Parser error on {SourceUrl}", document.SourceUrl);
            return ParseResult.Failure($"parser error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private async Task<ParsedReport> ParseCoreAsync(RawDocument document, CancellationToken cancellationToken)
    {
        var bytes = document.Content;
        var extracted = ContentSniffer.Sniff(bytes.Span, document.ContentType) switch
        {
            DocumentKind.Pdf => await _pdf.ExtractAsync(bytes, cancellationToken),
            DocumentKind.Docx => DocxExtractor.Extract(bytes),
            DocumentKind.Html => HtmlExtractor.Extract(TextDecoder.Decode(bytes.Span, document.ContentType, isHtml: true), document.SourceUrl),
            _ => PlainTextExtractor.Extract(TextDecoder.Decode(bytes.Span, document.ContentType, isHtml: false)),
        };
        cancellationToken.ThrowIfCancellationRequested();
        if (!extracted.Blocks.Any(b => b.Text.Trim().Length > 0))
            throw new DocumentRejectedException("empty document: no readable text");
        var reportId = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        return ReportAssembler.Assemble(extracted, document, reportId);
    }
}
