using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Parsing.Storage;

/// <summary>
/// The ParseReport function's work: raw blob → parse (fetch metadata as hints and date signals) → store → enqueue the
/// check. A document that cannot be parsed is recorded with its reason and still sent to the checker.
/// </summary>
public sealed class ParseReportHandler(IBlobStore blobs, IQueueStore queues, IReportParser parser,
    TableParsedReportRepository repository, ILogger<ParseReportHandler>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ParseReportHandler>.Instance;

    /// <exception cref="InvalidOperationException">The raw blob does not exist (the host retries, then poisons the message).</exception>
    public async Task<ParseReportOutcome> HandleAsync(string rawBlobName, CancellationToken cancellationToken = default)
    {
        var blob = await blobs.GetAsync(StorageNames.RawContainer, rawBlobName, cancellationToken)
            ?? throw new InvalidOperationException($"raw blob '{rawBlobName}' not found in container '{StorageNames.RawContainer}'");
        var metadata = blob.Metadata;
        var contentType = metadata.GetValueOrDefault(RawBlobMetadata.ContentType) ?? blob.ContentType;
        var sourceUrl = metadata.GetValueOrDefault(RawBlobMetadata.SourceUrl);
        var result = await parser.ParseAsync(new RawDocument(blob.Content, contentType, sourceUrl, metadata), cancellationToken);
        ParseReportOutcome outcome;
        CheckReportMessage message;
        if (result.Report is { } report)
        {
            var entry = await repository.SaveAsync(report, rawBlobName, cancellationToken);
            outcome = new ParseReportOutcome(report.ReportId, entry.Agency, entry.ReportYear, report.Format, null);
            message = new CheckReportMessage(report.ReportId, entry.Agency, entry.ReportYear,
                ReportKeys.PartitionKey(entry.Agency), ReportKeys.RowKey(entry.ReportYear, report.ReportId), rawBlobName);
        }
        else
        {
            var reportId = ReportKeys.ReportId(blob.Content.Span);
            var agency = metadata.GetValueOrDefault(RawBlobMetadata.Agency);
            int? year = int.TryParse(metadata.GetValueOrDefault(RawBlobMetadata.ReportYear), out var y) ? y : null;
            var entry = await repository.RecordFailureAsync(reportId, rawBlobName, result.FailureReason!, agency, year, sourceUrl, cancellationToken);
            outcome = new ParseReportOutcome(reportId, entry.Agency, entry.ReportYear, entry.Format, result.FailureReason);
            message = new CheckReportMessage(reportId, entry.Agency, entry.ReportYear, ReportKeys.PartitionKey(entry.Agency),
                ReportKeys.RowKey(entry.ReportYear, reportId), rawBlobName, result.FailureReason);
            _logger.LogWarning("Raw blob {RawBlobName} not parsed: {Reason}", rawBlobName, result.FailureReason);
        }
        await queues.SendAsync(StorageNames.CheckReportQueue, PipelineJson.Serialize(message), cancellationToken: cancellationToken);
        return outcome;
    }

    /// <summary>Re-parses every raw blob (after a parser upgrade); one bad blob never stops the run.</summary>
    public Task<ReparseSummary> ReparseAllAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        ReparseAllAsync(prefix: null, progress, cancellationToken);

    /// <summary>Re-parses the raw blobs whose names start with <paramref name="prefix"/> (e.g. one portal's "{portalId}/").</summary>
    public async Task<ReparseSummary> ReparseAllAsync(string? prefix, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        int parsed = 0, failures = 0, errors = 0;
        await foreach (var item in blobs.ListAllAsync(StorageNames.RawContainer, prefix, cancellationToken))
        {
            try
            {
                var outcome = await HandleAsync(item.Name, cancellationToken);
                if (outcome.Succeeded) parsed++;
                else failures++;
                progress?.Report(outcome.Succeeded ? $"parsed {item.Name}: {outcome.Agency} {outcome.ReportYear}" : $"not parsed {item.Name}: {outcome.FailureReason}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors++;
                _logger.LogError(e, "Re-parse of {RawBlobName} failed", item.Name);
                progress?.Report($"error {item.Name}: {e.Message}");
            }
        }
        return new ReparseSummary(parsed, failures, errors);
    }
}
