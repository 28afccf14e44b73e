using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Storage;

/// <summary>
/// The Findings table: reads for alerts and the dashboard, and <see cref="ApplyAsync"/> for CheckReport and the
/// deadline sweep. Idempotent: applying the same findings twice writes nothing the second time.
/// </summary>
public sealed class TableFindingsRepository(ITableStore tables, TimeProvider time, IOptions<CheckerOptions> options)
    : IFindingsRepository
{
    private const int MaxBatch = 100;

    public string TableName { get; } = options.Value.FindingsTable;

    public async Task<FindingRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var split = key.IndexOf('|', StringComparison.Ordinal);
        if (split <= 0)
        {
            return null;
        }
        var entity = await tables.GetAsync(TableName, key[..split], key[(split + 1)..], cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FindingEntity.ToRecord(entity);
    }

    public async IAsyncEnumerable<FindingRecord> ListAsync(string? agency = null, int? reportYear = null,
        FindingStatus? status = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in tables.QueryAllAsync(TableName, Filter(agency, reportYear, status), cancellationToken)
            .ConfigureAwait(false))
        {
            if (!PendingAlertEntity.Is(entity))
            {
                yield return FindingEntity.ToRecord(entity);
            }
        }
    }

    /// <summary>
    /// Makes the stored findings of one agency/year (within <paramref name="scope"/>, see <see cref="FindingScope"/>)
    /// match <paramref name="current"/>: new ones open (first-seen now), resolved ones reopen, open ones no longer
    /// produced resolve. Unchanged open findings are not rewritten (LastSeen refreshes at most every
    /// <see cref="CheckerOptions.LastSeenRefresh"/>).
    /// </summary>
    public async Task<FindingChanges> ApplyAsync(string agency, int reportYear, IReadOnlyList<Finding> current,
        string scope, CancellationToken cancellationToken = default)
    {
        var update = await PlanAsync(agency, reportYear, current, scope, cancellationToken).ConfigureAwait(false);
        await CommitAsync([update], alert: null, cancellationToken).ConfigureAwait(false);
        return update.Changes;
    }

    /// <summary>Decides what <see cref="ApplyAsync"/> would write, without writing.</summary>
    public async Task<FindingsUpdate> PlanAsync(string agency, int reportYear, IReadOnlyList<Finding> current,
        string scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        var partition = FindingKey.PartitionKey(agency, reportYear);
        var stored = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var entity in tables.QueryAllAsync(TableName, ODataFilter.PartitionKeyEquals(partition), cancellationToken)
            .ConfigureAwait(false))
        {
            if (!PendingAlertEntity.Is(entity))
            {
                stored[entity.RowKey] = entity;
            }
        }
        var plan = new FindingsPlan(time.GetUtcNow(), options.Value.LastSeenRefresh);
        foreach (var finding in current.Where(f => f.Agency == agency && f.ReportYear == reportYear).DistinctBy(f => f.Key))
        {
            plan.Upsert(finding, stored.GetValueOrDefault(FindingKey.RowKey(finding.Rule, finding.Location)));
        }
        var produced = current.Select(f => FindingKey.RowKey(f.Rule, f.Location)).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in stored.Values.Where(e => !produced.Contains(e.RowKey)))
        {
            plan.ResolveIfOpen(entity, scope);
        }
        return new FindingsUpdate(partition, new FindingChanges(plan.Opened, plan.Resolved), plan.Writes);
    }

    /// <summary>
    /// Writes planned updates of one partition; <paramref name="alert"/>, when given, is stored beside them in the same
    /// transaction (the last batch) until <see cref="DeliverPendingAlertsAsync"/> hands it to the alerts queue.
    /// </summary>
    public async Task CommitAsync(IReadOnlyList<FindingsUpdate> updates, AlertsMessage? alert,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var operations = updates.SelectMany(u => u.Writes).Select(TableOperation.UpsertReplace).ToList();
        if (alert is not null && updates.Count > 0)
        {
            operations.Add(TableOperation.UpsertReplace(PendingAlertEntity.Create(updates[0].PartitionKey, alert)));
        }
        // The alert row goes last so it shares the final batch with the last findings it announces.
        foreach (var chunk in operations.Chunk(MaxBatch))
        {
            await tables.SubmitBatchAsync(TableName, chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends every alert still pending for the agency/year, then forgets it. Returns how many were sent.</summary>
    public async Task<int> DeliverPendingAlertsAsync(string agency, int reportYear, IQueueStore queues, string queue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queues);
        var partition = FindingKey.PartitionKey(agency, reportYear);
        var filter = $"{ODataFilter.PartitionKeyEquals(partition)} and RowKey ge {ODataFilter.Quote(PendingAlertEntity.RowKeyPrefix)}";
        var sent = 0;
        await foreach (var pending in tables.QueryAllAsync(TableName, filter, cancellationToken).ConfigureAwait(false))
        {
            if (!PendingAlertEntity.Is(pending))
            {
                continue;
            }
            await queues.SendAsync(queue, PendingAlertEntity.MessageText(pending), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await tables.DeleteAsync(TableName, pending.PartitionKey, pending.RowKey, cancellationToken).ConfigureAwait(false);
            sent++;
        }
        return sent;
    }

    private static string? Filter(string? agency, int? reportYear, FindingStatus? status)
    {
        var parts = new List<string>();
        if (agency is not null && reportYear is { } year)
        {
            parts.Add(ODataFilter.PartitionKeyEquals(FindingKey.PartitionKey(agency, year)));
        }
        else if (agency is not null)
        {
            parts.Add(ODataFilter.Equal(FindingEntity.Agency, agency));
        }
        else if (reportYear is { } onlyYear)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{FindingEntity.ReportYear} eq {onlyYear}"));
        }
        if (status is { } s)
        {
            parts.Add(ODataFilter.Equal(FindingEntity.Status, FindingEntity.Name(s)));
        }
        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }
}
