using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Alerts.State;

/// <summary>The AlertState table: PartitionKey = <see cref="RecipientKey"/>, RowKey = the finding key.</summary>
public sealed class AlertStateStore(ITableStore tables, IOptions<AlertsOptions> options)
{
    private readonly string _table = options.Value.AlertStateTable;

    public Task CreateIfNotExistsAsync(CancellationToken ct) => tables.CreateIfNotExistsAsync(_table, ct);

    public async Task<AlertState?> GetAsync(string recipient, string findingKey, CancellationToken ct)
    {
        var entity = await tables.GetAsync(_table, RecipientKey.Of(recipient), findingKey, ct);
        return entity is null ? null : FromEntity(entity);
    }

    public Task SaveAsync(AlertState state, CancellationToken ct) => tables.UpsertAsync(_table, ToEntity(state), replace: true, ct);

    /// <summary>Rows the digest looks at: pending changes and findings last announced as open (reminders).</summary>
    public async IAsyncEnumerable<AlertState> ListActionableAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entity in tables.QueryAllAsync(_table, "Pending eq true or LastAnnounced eq 'open'", ct))
            yield return FromEntity(entity);
    }

    private static TableEntity ToEntity(AlertState state)
    {
        var entity = Row(state);
        if (state.LastAnnouncedAt is { } at)
            entity["LastAnnouncedAt"] = at;
        return entity;
    }

    private static TableEntity Row(AlertState state) => new(RecipientKey.Of(state.Recipient), state.FindingKey)
    {
        ["Recipient"] = state.Recipient,
        ["LastAnnounced"] = state.LastAnnounced switch
        {
            FindingStatus.Open => "open",
            FindingStatus.Resolved => "resolved",
            _ => "",
        },
        ["Sequence"] = state.Sequence,
        ["Pending"] = state.Pending,
    };

    private static AlertState FromEntity(TableEntity e) => new(
        e.GetString("Recipient") ?? "",
        e.RowKey,
        e.GetString("LastAnnounced") switch
        {
            "open" => FindingStatus.Open,
            "resolved" => FindingStatus.Resolved,
            _ => null,
        },
        e.GetDateTimeOffset("LastAnnouncedAt"),
        (int)(e.GetInt64("Sequence") ?? 0),
        e.GetBoolean("Pending") ?? false);
}
