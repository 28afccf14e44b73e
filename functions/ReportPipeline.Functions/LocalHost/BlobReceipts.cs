using System.Text;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>
/// Which blob versions a blob-triggered function has already processed, kept where the Functions host keeps them:
/// "azure-webjobs-hosts/blobreceipts/{hostId}/{function}/{etag}/{container}/{blob}". Survives restarts, so each
/// blob version fires once across runs.
/// </summary>
public sealed class BlobReceipts(IBlobStore blobs, string hostId)
{
    public const string Container = "azure-webjobs-hosts";
    private readonly Dictionary<string, HashSet<string>> _known = new(StringComparer.Ordinal);

    public async Task<bool> HasAsync(string function, string container, BlobItem blob, CancellationToken ct) =>
        (await KnownAsync(function, ct)).Contains(Name(function, container, blob));

    public async Task WriteAsync(string function, string container, BlobItem blob, CancellationToken ct)
    {
        var name = Name(function, container, blob);
        await blobs.PutAsync(Container, name, Encoding.UTF8.GetBytes("processed"), "text/plain",
            cancellationToken: ct);
        (await KnownAsync(function, ct)).Add(name);
    }

    private async Task<HashSet<string>> KnownAsync(string function, CancellationToken ct)
    {
        if (_known.TryGetValue(function, out var known))
        {
            return known;
        }

        await blobs.CreateContainerIfNotExistsAsync(Container, ct);
        known = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in blobs.ListAllAsync(Container, Prefix(function), ct))
        {
            known.Add(item.Name);
        }

        _known[function] = known;
        return known;
    }

    private string Prefix(string function) => $"blobreceipts/{hostId}/{function}/";

    private string Name(string function, string container, BlobItem blob) =>
        $"{Prefix(function)}{blob.ETag.Trim('"')}/{container}/{blob.Name}";
}
