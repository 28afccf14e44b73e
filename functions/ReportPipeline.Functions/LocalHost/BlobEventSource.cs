using System.Text.Json;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>
/// Blob-created events for blob-triggered functions: lists the container, invokes the function for each blob
/// version without a receipt, and writes the receipt on success. A blob that fails maxDequeueCount times goes to
/// the host's "webjobs-blobtrigger-poison" queue (and gets a receipt, so it is not retried forever).
/// </summary>
public sealed class BlobEventSource(IBlobStore blobs, IQueueStore queues, BlobReceipts receipts, InvocationClient client,
    HostSettings host, Func<string, string, Uri> blobUri, TimeProvider time, RunStats stats, IProgressSink progress)
{
    public const string PoisonQueue = "webjobs-blobtrigger-poison";
    private readonly Dictionary<string, int> _attempts = new(StringComparer.Ordinal);

    /// <summary>One listing pass; returns how many blob events were delivered.</summary>
    public async Task<int> PassAsync(FunctionDefinition function, CancellationToken ct)
    {
        var container = function.BlobContainer!;
        await blobs.CreateContainerIfNotExistsAsync(container, ct);
        var fresh = new List<BlobItem>();
        await foreach (var blob in blobs.ListAllAsync(container, cancellationToken: ct))
        {
            if (!await receipts.HasAsync(function.Name, container, blob, ct))
            {
                fresh.Add(blob);
            }
        }

        foreach (var blob in fresh)
        {
            await DeliverAsync(function, container, blob, ct);
        }

        return fresh.Count;
    }

    private async Task DeliverAsync(FunctionDefinition function, string container, BlobItem blob, CancellationToken ct)
    {
        stats.BlobEvent();
        var payload = InvocationPayloads.Blob(function, container, blob, blobUri(container, blob.Name), time.GetUtcNow());
        var outcome = await client.InvokeAsync(function.Name, payload, ct);
        if (outcome.Succeeded)
        {
            stats.Succeeded(function.Name);
            progress.Report($"{function.Name}: {outcome.FirstLine}");
            await receipts.WriteAsync(function.Name, container, blob, ct);
            return;
        }

        stats.Failed(function.Name);
        var key = $"{blob.Name}@{blob.ETag}";
        var attempts = _attempts[key] = _attempts.GetValueOrDefault(key) + 1;
        progress.Report($"{function.Name} failed on {blob.Name} (attempt {attempts}/{host.Queues.MaxDequeueCount}): {outcome.Reason}");
        if (attempts >= host.Queues.MaxDequeueCount)
        {
            await PoisonAsync(function, container, blob, outcome.Reason, ct);
        }
    }

    private async Task PoisonAsync(FunctionDefinition function, string container, BlobItem blob, string reason,
        CancellationToken ct)
    {
        await queues.CreateIfNotExistsAsync(PoisonQueue, ct);
        var message = JsonSerializer.Serialize(new
        {
            Type = "BlobTrigger",
            FunctionId = $"Host.Functions.{function.Name}",
            BlobType = "BlockBlob",
            ContainerName = container,
            BlobName = blob.Name,
            ETag = blob.ETag,
        });
        await queues.SendAsync(PoisonQueue, message, cancellationToken: ct);
        await receipts.WriteAsync(function.Name, container, blob, ct);
        stats.Poisoned($"{PoisonQueue}: {container}/{blob.Name}: {reason}");
    }
}
