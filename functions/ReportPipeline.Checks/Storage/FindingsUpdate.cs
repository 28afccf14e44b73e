using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Storage;

/// <summary>A planned, not yet written, change to one agency/year's findings (see <see cref="TableFindingsRepository"/>).</summary>
public sealed class FindingsUpdate
{
    internal FindingsUpdate(string partitionKey, FindingChanges changes, IReadOnlyList<TableEntity> writes)
    {
        PartitionKey = partitionKey;
        Changes = changes;
        Writes = writes;
    }

    public string PartitionKey { get; }

    public FindingChanges Changes { get; }

    internal IReadOnlyList<TableEntity> Writes { get; }
}
