using System.Runtime.CompilerServices;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>Test double for the checker's Findings table, for tests whose subject is alerts.</summary>
internal sealed class InMemoryFindings : IFindingsRepository
{
    private readonly Dictionary<string, FindingRecord> _records = new(StringComparer.Ordinal);

    public FindingRecord Open(Finding finding, DateTimeOffset at)
    {
        var record = new FindingRecord(finding, FindingStatus.Open, at, at, null);
        _records[finding.Key] = record;
        return record;
    }

    public FindingRecord Resolve(Finding finding, DateTimeOffset at)
    {
        var record = _records[finding.Key] with { Status = FindingStatus.Resolved, ResolvedAt = at };
        _records[finding.Key] = record;
        return record;
    }

    public Task<FindingRecord?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.GetValueOrDefault(key));

    public async IAsyncEnumerable<FindingRecord> ListAsync(string? agency = null, int? reportYear = null,
        FindingStatus? status = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var record in _records.Values.Where(r => (agency is null || r.Finding.Agency == agency)
                     && (reportYear is null || r.Finding.ReportYear == reportYear) && (status is null || r.Status == status)))
            yield return record;
    }
}
