using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks;

/// <summary>Runs every rule of <see cref="RuleCatalogue"/> over a parsed report. Pure: no I/O, no clock.</summary>
public sealed class ReportChecker(CheckerOptions? options = null)
{
    private readonly CheckerOptions _options = options ?? new CheckerOptions();

    public IReadOnlyList<Finding> Check(ParsedReport report, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        var subject = new CheckSubject(report, context, _options);
        var findings = RuleCatalogue.ReportRules.SelectMany(rule => rule.Evaluate(subject));
        // One finding per key: a rule that sees the same problem twice reports it once.
        return findings.GroupBy(f => f.Key).Select(g => g.First()).ToArray();
    }

    /// <summary>
    /// Checks several reports of one agency as a series: sorted by year, each with its predecessor (the report of
    /// the year before, when present) so the cross-year rules run. The others of the same year are its peers.
    /// </summary>
    public IReadOnlyList<Finding> CheckSeries(IReadOnlyList<ParsedReport> reports, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var ordered = reports.OrderBy(r => r.ReportYear ?? int.MaxValue).ToArray();
        var findings = new List<Finding>();
        foreach (var report in ordered)
        {
            var previous = report.ReportYear is { } year
                ? ordered.LastOrDefault(r => r.ReportYear == year - 1 && SameAgency(r, report))
                : null;
            var peers = ordered.Where(r => r != report && r.ReportYear == report.ReportYear && !SameAgency(r, report)).ToArray();
            findings.AddRange(Check(report, context with { PreviousReport = previous, PeerReports = peers }));
        }
        return findings;
    }

    /// <inheritdoc cref="CheckSeries(IReadOnlyList{ParsedReport}, CheckContext)"/>
    public IReadOnlyList<Finding> CheckSeries(IReadOnlyList<ParsedReport> reports, TimeProvider time) =>
        CheckSeries(reports, CheckContext.For(time));

    /// <summary>Unnamed agencies are assumed to be the series' agency (the caller passed them as one series).</summary>
    private static bool SameAgency(ParsedReport a, ParsedReport b) =>
        string.IsNullOrWhiteSpace(a.Agency) || string.IsNullOrWhiteSpace(b.Agency) || AgencyNames.Same(a.Agency, b.Agency);
}
