namespace ReportPipeline.Core.Storage;

/// <summary>Table Storage: reports, sections, cells, metrics, findings, subscriptions, the outbox.</summary>
public interface ITableStore
{
    Task CreateIfNotExistsAsync(string table, CancellationToken cancellationToken = default);

    /// <summary>Inserts; returns false when the entity already exists (nothing written).</summary>
    Task<bool> InsertAsync(string table, TableEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Insert-or-merge (default) or insert-or-replace.</summary>
    Task UpsertAsync(string table, TableEntity entity, bool replace = false,
        CancellationToken cancellationToken = default);

    /// <summary>Replaces only if the stored ETag still matches <see cref="TableEntity.ETag"/>; false when it changed.</summary>
    Task<bool> UpdateIfUnchangedAsync(string table, TableEntity entity, CancellationToken cancellationToken = default);

    /// <summary>The entity, or null when it does not exist.</summary>
    Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey,
        CancellationToken cancellationToken = default);

    Task DeleteAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default);

    /// <summary>One page of an OData-filtered query ("PartitionKey eq 'x'"); null filter means all rows.</summary>
    Task<TablePage> QueryAsync(string table, string? filter = null, string? continuation = null, int? top = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every matching row, following continuations.</summary>
    IAsyncEnumerable<TableEntity> QueryAllAsync(string table, string? filter = null,
        CancellationToken cancellationToken = default);

    /// <summary>An entity group transaction: 1–100 operations on one partition, all or nothing.</summary>
    Task SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations,
        CancellationToken cancellationToken = default);
}
