using Azure.Core;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Storage.Blobs;

/// <summary>Block blobs over the Blob REST API (single-shot Put Blob up to <see cref="MaxPutBytes"/>).</summary>
public sealed partial class BlobStore : IBlobStore
{
    /// <summary>Our cap for one Put Blob call; raw reports are far smaller, and the crawler limits downloads anyway.</summary>
    public const int MaxPutBytes = 64 * 1024 * 1024;

    private readonly StorageService _service;

    internal BlobStore(StorageService service) => _service = service;

    public Uri Endpoint => _service.Endpoint;

    public async Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateContainer(container);
        using var message = _service.Create(RequestMethod.Put, $"{container}?restype=container");
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 201 || (response.Status == 409 && StorageErrors.Code(response) == "ContainerAlreadyExists"))
            return;
        throw StorageErrors.From(response, $"Create container '{container}'");
    }

    public async Task<bool> PutAsync(string container, string name, ReadOnlyMemory<byte> content, string contentType,
        IReadOnlyDictionary<string, string>? metadata = null, BlobCondition? condition = null,
        CancellationToken cancellationToken = default)
    {
        BlobNames.Validate(container, name);
        if (content.Length > MaxPutBytes)
            throw new ArgumentException(
                $"Blob '{container}/{name}' is {content.Length} bytes; the adapter's limit is {MaxPutBytes}.", nameof(content));
        using var message = _service.Create(RequestMethod.Put, BlobNames.Path(container, name));
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        request.Headers.SetValue("Content-Type", string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType);
        AddMetadata(request, metadata);
        var conditional = AddCondition(request, condition);
        request.Content = RequestContent.Create(content);
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 201)
            return true;
        if (conditional && IsConditionFailure(response))
            return false;
        throw StorageErrors.From(response, $"Put blob '{container}/{name}'");
    }

    public async Task<StoredBlob?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        BlobNames.Validate(container, name);
        using var message = _service.Create(RequestMethod.Get, BlobNames.Path(container, name));
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        // A missing blob is an answer; a missing container is a deployment error and throws.
        if (response.Status == 404 && StorageErrors.Code(response) == "BlobNotFound")
            return null;
        if (response.Status != 200)
            throw StorageErrors.From(response, $"Get blob '{container}/{name}'");
        return BlobResponseReader.ToStoredBlob(container, name, response);
    }

    private static void AddMetadata(Request request, IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
            return;
        var total = 0;
        foreach (var (key, value) in metadata)
        {
            BlobMetadataCodec.ValidateKey(key);
            var encoded = BlobMetadataCodec.Encode(value);
            total += key.Length + encoded.Length;
            request.Headers.SetValue("x-ms-meta-" + key, encoded);
        }
        if (total > BlobMetadataCodec.MaxTotalBytes)
            throw new ArgumentException(
                $"Blob metadata is {total} bytes once encoded; the service allows {BlobMetadataCodec.MaxTotalBytes}.",
                nameof(metadata));
    }

    private static bool AddCondition(Request request, BlobCondition? condition)
    {
        if (condition is null)
            return false;
        if (condition.IfNoneMatchAny)
            request.Headers.SetValue("If-None-Match", "*");
        if (condition.IfMatch is { } etag)
            request.Headers.SetValue("If-Match", etag);
        return condition.IfNoneMatchAny || condition.IfMatch is not null;
    }

    private static bool IsConditionFailure(Azure.Response response) =>
        response.Status == 412 || (response.Status == 409 && StorageErrors.Code(response) == "BlobAlreadyExists");
}
