using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Storage;

/// <summary>The writes one apply needs, decided row by row; the lifecycle rules of the Findings table live here.</summary>
internal sealed class FindingsPlan(DateTimeOffset now, TimeSpan lastSeenRefresh)
{
    private readonly List<TableEntity> _writes = [];
    private readonly List<string> _opened = [];
    private readonly List<string> _resolved = [];

    public IReadOnlyList<TableEntity> Writes => _writes;
    public IReadOnlyList<string> Opened => _opened;
    public IReadOnlyList<string> Resolved => _resolved;

    public void Upsert(Finding finding, TableEntity? stored)
    {
        var json = EvidenceCap.Serialize(finding);
        if (stored is null)
        {
            _writes.Add(FindingEntity.Create(finding, json, FindingStatus.Open, now, now, null));
            _opened.Add(finding.Key);
            return;
        }
        var firstSeen = stored.GetDateTimeOffset(FindingEntity.FirstSeen) ?? now;
        if (FindingEntity.StatusOf(stored) == FindingStatus.Resolved)
        {
            _writes.Add(FindingEntity.Create(finding, json, FindingStatus.Open, firstSeen, now, null));
            _opened.Add(finding.Key);
            return;
        }
        var lastSeen = stored.GetDateTimeOffset(FindingEntity.LastSeen) ?? firstSeen;
        var unchanged = stored.GetString(FindingEntity.FindingJson) == json;
        if (!unchanged || now - lastSeen >= lastSeenRefresh)
        {
            _writes.Add(FindingEntity.Create(finding, json, FindingStatus.Open, firstSeen, now, null));
        }
    }

    public void ResolveIfOpen(TableEntity stored, string scope)
    {
        var rule = stored.GetString(FindingEntity.Rule) ?? "";
        if (FindingEntity.StatusOf(stored) != FindingStatus.Open || !FindingScope.Covers(scope, rule))
        {
            return;
        }
        var record = FindingEntity.ToRecord(stored);
        _writes.Add(FindingEntity.Create(record.Finding, stored.GetString(FindingEntity.FindingJson)!, FindingStatus.Resolved,
            record.FirstSeen, record.LastSeen, now));
        _resolved.Add(record.Key);
    }
}
