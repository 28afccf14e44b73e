namespace ReportPipeline.Core.Storage;

/// <summary>Block blobs: the raw evidence store and long texts.</summary>
public interface IBlobStore
{
    Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the blob. Returns false (and writes nothing) when <paramref name="condition"/> fails,
    /// e.g. <see cref="BlobCondition.OnlyIfNew"/> on an existing blob.
    /// </summary>
    Task<bool> PutAsync(string container, string name, ReadOnlyMemory<byte> content, string contentType,
        IReadOnlyDictionary<string, string>? metadata = null, BlobCondition? condition = null,
        CancellationToken cancellationToken = default);

    /// <summary>The blob, or null when it does not exist.</summary>
    Task<StoredBlob?> GetAsync(string container, string name, CancellationToken cancellationToken = default);

    Task<BlobPage> ListAsync(string container, string? prefix = null, string? continuation = null,
        int? maxResults = null, CancellationToken cancellationToken = default);

    /// <summary>Every blob under the prefix, following continuations.</summary>
    IAsyncEnumerable<BlobItem> ListAllAsync(string container, string? prefix = null,
        CancellationToken cancellationToken = default);
}
