namespace ReportPipeline.Core.Storage;

/// <summary>Storage queues. Messages are sent base64-encoded, the Functions host's default messageEncoding.</summary>
public interface IQueueStore
{
    Task CreateIfNotExistsAsync(string queue, CancellationToken cancellationToken = default);

    Task SendAsync(string queue, string text, TimeSpan? initialVisibilityDelay = null,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout,
        CancellationToken cancellationToken = default);

    Task DeleteAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default);

    /// <summary>Changes when the message becomes visible again; returns the new pop receipt.</summary>
    Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout,
        CancellationToken cancellationToken = default);

    Task<int> GetApproximateCountAsync(string queue, CancellationToken cancellationToken = default);
}
