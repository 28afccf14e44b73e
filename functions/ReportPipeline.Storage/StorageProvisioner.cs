using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage;

/// <summary>Creates every container, queue (and its -poison queue) and table in <see cref="StorageNames"/>. Idempotent.</summary>
public static class StorageProvisioner
{
    public static async Task EnsureAsync(IBlobStore blobs, IQueueStore queues, ITableStore tables,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var container in StorageNames.Containers)
            await blobs.CreateContainerIfNotExistsAsync(container, cancellationToken).ConfigureAwait(false);
        foreach (var queue in StorageNames.Queues)
        {
            await queues.CreateIfNotExistsAsync(queue, cancellationToken).ConfigureAwait(false);
            await queues.CreateIfNotExistsAsync(StorageNames.PoisonQueue(queue), cancellationToken).ConfigureAwait(false);
        }
        foreach (var table in StorageNames.Tables)
            await tables.CreateIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
    }
}
