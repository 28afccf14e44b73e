using System.Runtime.CompilerServices;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Reports;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>
/// Parsed reports held in memory for handler tests (the parser's TableParsedReportRepository is tested by its
/// owner); the latest saved report of an agency/year is its report of record, as in the real store.
/// </summary>
internal sealed class InMemoryReports : IParsedReportRepository
{
    private readonly List<(ParsedReport Report, ReportIndexEntry Entry)> _saved = [];

    public Task<ReportIndexEntry> SaveAsync(ParsedReport report, string rawBlobName, CancellationToken cancellationToken = default)
    {
        var entry = new ReportIndexEntry(report.ReportId, report.Agency!, report.ReportYear!.Value, report.Format, report.Title,
            report.SourceUrl, report.PublishedOn?.Date, rawBlobName, report.ParserVersion,
            DateTimeOffset.UnixEpoch.AddSeconds(_saved.Count));
        _saved.Add((report, entry));
        return Task.FromResult(entry);
    }

    public Task<ParsedReport?> GetAsync(string reportId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ParsedReport?>(_saved.LastOrDefault(s => s.Report.ReportId == reportId).Report);

    public Task<ReportIndexEntry?> FindLatestAsync(string agency, int reportYear, CancellationToken cancellationToken = default) =>
        Task.FromResult(_saved.Where(s => s.Entry.Agency == agency && s.Entry.ReportYear == reportYear)
            .Select(s => s.Entry).LastOrDefault());

    public async IAsyncEnumerable<ReportIndexEntry> ListAsync(int? reportYear = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var (_, entry) in _saved.Where(s => reportYear is null || s.Entry.ReportYear == reportYear))
        {
            yield return entry;
        }
    }
}
