using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Checks.Completeness;
using ReportPipeline.Checks.Storage;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Reports;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Handlers;

/// <summary>
/// Queue check-report: checks the agency/year's report of record (the latest parsed) with last year's report and
/// same-year peers, stores the findings and sends one AlertsMessage when anything opened or resolved.
/// </summary>
public sealed class CheckReportHandler(
    IParsedReportRepository reports,
    TableFindingsRepository findings,
    IQueueStore queues,
    ReportChecker checker,
    TimeProvider time,
    IOptions<CheckerOptions> options,
    ILogger<CheckReportHandler> logger,
    IPortalRegistry? portals = null)
{
    public async Task<FindingChanges> HandleAsync(CheckReportMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var latest = await reports.FindLatestAsync(message.Agency, message.ReportYear, cancellationToken).ConfigureAwait(false);
        if (latest is not null && latest.ReportId != message.ReportId)
        {
            logger.LogInformation("Skipping {ReportId}: {Agency} {ReportYear} has a newer report {LatestReportId}",
                message.ReportId, message.Agency, message.ReportYear, latest.ReportId);
            return FindingChanges.None;
        }
        var current = message.ParseFailure is { } reason
            ? [ParseFailureRule.Create(message.Agency, message.ReportYear, reason, message.RawBlobName, message.ReportId, null)]
            : await CheckAsync(message, cancellationToken).ConfigureAwait(false);
        var updates = new[]
        {
            await findings.PlanAsync(message.Agency, message.ReportYear, current, FindingScope.Report, cancellationToken)
                .ConfigureAwait(false),
            // The report exists now: a missing.report raised by the sweep resolves at once.
            await findings.PlanAsync(message.Agency, message.ReportYear, [], FindingScope.Missing, cancellationToken)
                .ConfigureAwait(false),
        };
        await AlertSender.CommitAndAnnounceAsync(findings, updates, queues, options.Value.AlertsQueue, message.Agency,
            message.ReportYear, message.ReportId, cancellationToken).ConfigureAwait(false);
        var all = AlertSender.Combine(updates);
        logger.LogInformation("Checked {ReportId} ({Agency} {ReportYear}): {FindingCount} findings, {Opened} opened, {Resolved} resolved",
            message.ReportId, message.Agency, message.ReportYear, current.Count, all.Opened.Count, all.Resolved.Count);
        return all;
    }

    private async Task<IReadOnlyList<Finding>> CheckAsync(CheckReportMessage message, CancellationToken cancellationToken)
    {
        var report = await reports.GetAsync(message.ReportId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(
                $"Report {message.ReportId} ({message.Agency} {message.ReportYear}) is not in the parsed-report store.");
        report = report with { Agency = message.Agency, ReportYear = message.ReportYear };
        var context = new CheckContext(
            Deadlines.ChinaDate.Today(time),
            await LoadPreviousAsync(message, cancellationToken).ConfigureAwait(false),
            await LoadPeersAsync(message, cancellationToken).ConfigureAwait(false),
            DeadlineOverrides: await LoadOverridesAsync(message.RawBlobName, cancellationToken).ConfigureAwait(false));
        return checker.Check(report, context);
    }

    private async Task<ParsedReport?> LoadPreviousAsync(CheckReportMessage message, CancellationToken cancellationToken)
    {
        var entry = await reports.FindLatestAsync(message.Agency, message.ReportYear - 1, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : await reports.GetAsync(entry.ReportId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ParsedReport>> LoadPeersAsync(CheckReportMessage message, CancellationToken cancellationToken)
    {
        var peers = new List<ParsedReport>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { message.Agency };
        await foreach (var entry in reports.ListAsync(message.ReportYear, cancellationToken).ConfigureAwait(false))
        {
            if (peers.Count >= options.Value.MaxPeerReports)
            {
                break;
            }
            if (seen.Add(entry.Agency) && await reports.GetAsync(entry.ReportId, cancellationToken).ConfigureAwait(false) is { } peer)
            {
                peers.Add(peer);
            }
        }
        return peers;
    }

    private async Task<IReadOnlyList<DeadlineOverride>> LoadOverridesAsync(string rawBlobName, CancellationToken cancellationToken)
    {
        var slash = rawBlobName.IndexOf('/', StringComparison.Ordinal);
        if (portals is null || slash <= 0)
        {
            return [];
        }
        var portal = await portals.FindAsync(rawBlobName[..slash], cancellationToken).ConfigureAwait(false);
        return portal?.DeadlineOverrides ?? [];
    }
}
