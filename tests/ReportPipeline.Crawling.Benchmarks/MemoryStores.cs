using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Crawling.Benchmarks;

/// <summary>
/// In-process blob and table stores for the politeness benchmark: it measures crawl scheduling against the
/// politeness bound, so storage latency is kept out of the measurement (run with --storage azurite to include it).
/// Blob bytes are not retained (only names), so peak memory reflects the crawler, not a store holding every document.
/// </summary>
public sealed class MemoryStores : IBlobStore, ITableStore
{
    private readonly ConcurrentDictionary<string, string> _blobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TableEntity> _rows = new(StringComparer.Ordinal);

    public int BlobCount => _blobs.Count;

    public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> PutAsync(string container, string name, ReadOnlyMemory<byte> content, string contentType,
        IReadOnlyDictionary<string, string>? metadata = null, BlobCondition? condition = null, CancellationToken cancellationToken = default)
    {
        if (condition?.IfNoneMatchAny == true) return Task.FromResult(_blobs.TryAdd($"{container}/{name}", contentType));
        _blobs[$"{container}/{name}"] = contentType;
        return Task.FromResult(true);
    }

    public Task<StoredBlob?> GetAsync(string container, string name, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<BlobPage> ListAsync(string container, string? prefix = null, string? continuation = null, int? maxResults = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<BlobItem> ListAllAsync(string container, string? prefix = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task CreateIfNotExistsAsync(string table, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> InsertAsync(string table, TableEntity entity, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryAdd(Key(table, entity.PartitionKey, entity.RowKey), entity));

    public Task UpsertAsync(string table, TableEntity entity, bool replace = false, CancellationToken cancellationToken = default)
    {
        _rows[Key(table, entity.PartitionKey, entity.RowKey)] = entity;
        return Task.CompletedTask;
    }

    public Task<bool> UpdateIfUnchangedAsync(string table, TableEntity entity, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.GetValueOrDefault(Key(table, partitionKey, rowKey)));

    public Task DeleteAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<TablePage> QueryAsync(string table, string? filter = null, string? continuation = null, int? top = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public async IAsyncEnumerable<TableEntity> QueryAllAsync(string table, string? filter = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    private static string Key(string table, string pk, string rk) => $"{table}\n{pk}\n{rk}";
}
