using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Checks.Deadlines;
using ReportPipeline.Checks.Storage;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Reports;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Handlers;

/// <summary>
/// Daily timer DeadlineSweep: for every expected agency of every enabled portal and every report year from its first
/// to last year (or its LastReportYear), raises <c>missing.report</c> once deadline + grace has passed with no report, and resolves it when
/// the report has arrived.
/// </summary>
public sealed class DeadlineSweepHandler(
    IPortalRegistry portals,
    IParsedReportRepository reports,
    TableFindingsRepository findings,
    IQueueStore queues,
    TimeProvider time,
    IOptions<CheckerOptions> options,
    ILogger<DeadlineSweepHandler> logger,
    DeadlineTable? deadlines = null)
{
    private readonly DeadlineTable _deadlines = deadlines ?? DeadlineTable.Default;

    public async Task<SweepResult> HandleAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaDate.Today(time);
        var grace = options.Value.MissingGraceDays;
        var (checkedCount, opened, resolved, alerts) = (0, 0, 0, 0);
        foreach (var portal in (await portals.GetAllAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.Enabled))
        {
            foreach (var agency in portal.ExpectedAgencies)
            {
                var lastYear = Math.Min(today.Year - 1, agency.LastReportYear ?? int.MaxValue);
                for (var year = agency.FirstReportYear; year <= lastYear; year++)
                {
                    var deadline = _deadlines.Resolve(agency.Level, year, portal.DeadlineOverrides);
                    if (today <= deadline.Date.AddDays(grace))
                    {
                        continue;
                    }
                    checkedCount++;
                    var exists = await reports.FindLatestAsync(agency.Name, year, cancellationToken).ConfigureAwait(false) is not null;
                    var finding = MissingReportRule.Evaluate(agency.Name, agency.Level, year, exists, today, deadline, grace,
                        portal.ListPages.FirstOrDefault());
                    var update = await findings.PlanAsync(agency.Name, year, finding is null ? [] : [finding],
                        FindingScope.Missing, cancellationToken).ConfigureAwait(false);
                    (opened, resolved) = (opened + update.Changes.Opened.Count, resolved + update.Changes.Resolved.Count);
                    alerts += await AlertSender.CommitAndAnnounceAsync(findings, [update], queues, options.Value.AlertsQueue,
                        agency.Name, year, null, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        logger.LogInformation("Deadline sweep {Today}: {Checked} agency-years past deadline, {Opened} opened, {Resolved} resolved",
            today, checkedCount, opened, resolved);
        return new SweepResult(checkedCount, opened, resolved, alerts);
    }
}
