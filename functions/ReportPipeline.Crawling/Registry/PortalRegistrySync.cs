using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Crawling.Registry;

/// <summary>
/// Copies the registry into the Portals table (PartitionKey "portal", RowKey = portal id) so the dashboard and the
/// checker can read it from storage. The full definition is kept as JSON in "Definition"; the columns beside it are
/// for filtering. Idempotent (insert-or-replace).
/// </summary>
public sealed class PortalRegistrySync(IPortalRegistry registry, ITableStore tables, string table)
{
    public PortalRegistrySync(IPortalRegistry registry, ITableStore tables) : this(registry, tables, StorageNames.PortalsTable)
    {
    }

    public const string PartitionKey = "portal";

    public async Task<int> SyncAsync(CancellationToken ct = default)
    {
        await tables.CreateIfNotExistsAsync(table, ct).ConfigureAwait(false);
        var portals = await registry.GetAllAsync(ct).ConfigureAwait(false);
        foreach (var chunk in portals.Chunk(100))
        {
            var ops = chunk.Select(p => TableOperation.UpsertReplace(ToEntity(p))).ToList();
            await tables.SubmitBatchAsync(table, ops, ct).ConfigureAwait(false);
        }
        return portals.Count;
    }

    public static TableEntity ToEntity(PortalDefinition p) => new(PartitionKey, p.Id)
    {
        Properties =
        {
            ["Agency"] = p.Agency,
            ["Level"] = p.Level.ToString(),
            ["Region"] = p.Region,
            ["Family"] = p.Family,
            ["Enabled"] = p.Enabled,
            ["Demo"] = p.Demo,
            ["Definition"] = PipelineJson.Serialize(p),
        },
    };

    public static PortalDefinition FromEntity(TableEntity e) =>
        PipelineJson.Deserialize<PortalDefinition>(e.GetString("Definition")
            ?? throw new InvalidOperationException($"Portals row {e.RowKey} has no Definition"));
}
