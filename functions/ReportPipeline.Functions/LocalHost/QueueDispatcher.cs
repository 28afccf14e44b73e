using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>
/// Queue triggers as the Functions host runs them: receive a batch under a lease (the function timeout), invoke
/// each message, delete it on success; on failure make it visible again after host.json's visibilityTimeout, and
/// once it has been dequeued maxDequeueCount times move it to "{queue}-poison".
/// </summary>
public sealed class QueueDispatcher(IQueueStore queues, InvocationClient client, HostSettings host, TimeProvider time,
    RunStats stats, IProgressSink progress)
{
    /// <summary>One receive-and-process pass; returns how many messages were handled.</summary>
    public async Task<int> PassAsync(FunctionDefinition function, CancellationToken cancellationToken)
    {
        var queue = function.QueueName!;
        var batch = await queues.ReceiveAsync(queue, Math.Clamp(host.Queues.BatchSize, 1, 32), host.FunctionTimeout,
            cancellationToken);
        await Task.WhenAll(batch.Select(message => ProcessAsync(function, message, cancellationToken)));
        return batch.Count;
    }

    private async Task ProcessAsync(FunctionDefinition function, QueueMessage message, CancellationToken ct)
    {
        var queue = function.QueueName!;
        if (message.DequeueCount > host.Queues.MaxDequeueCount)
        {
            await PoisonAsync(function, message, "dequeued more often than maxDequeueCount", ct);
            return;
        }

        var payload = InvocationPayloads.Queue(function, message, time.GetUtcNow(), host.FunctionTimeout);
        var outcome = await client.InvokeAsync(function.Name, payload, ct);
        if (outcome.Succeeded)
        {
            stats.Succeeded(function.Name);
            progress.Report($"{function.Name}: {outcome.FirstLine}");
            await queues.DeleteAsync(queue, message.MessageId, message.PopReceipt, ct);
            return;
        }

        stats.Failed(function.Name);
        progress.Report($"{function.Name} failed (attempt {message.DequeueCount}/{host.Queues.MaxDequeueCount}): {outcome.Reason}");
        if (message.DequeueCount >= host.Queues.MaxDequeueCount)
        {
            await PoisonAsync(function, message, outcome.Reason, ct);
            return;
        }

        await queues.UpdateVisibilityAsync(queue, message.MessageId, message.PopReceipt, host.Queues.VisibilityTimeout, ct);
    }

    private async Task PoisonAsync(FunctionDefinition function, QueueMessage message, string reason, CancellationToken ct)
    {
        var poison = StorageNames.PoisonQueue(function.QueueName!);
        await queues.CreateIfNotExistsAsync(poison, ct);
        await queues.SendAsync(poison, message.Text, cancellationToken: ct);
        await queues.DeleteAsync(function.QueueName!, message.MessageId, message.PopReceipt, ct);
        stats.Poisoned($"{poison}: {reason}");
        progress.Report($"{function.Name}: message {message.MessageId} moved to {poison} after {message.DequeueCount} attempts");
    }
}
