using System.Globalization;
using System.Security;
using System.Text;
using Azure.Core;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Storage.Queues;

/// <summary>Storage queues over the Queue REST API; message text is base64 of UTF-8 on the wire, like the Functions host.</summary>
public sealed class QueueStore : IQueueStore
{
    /// <summary>The service's limit for one message, measured on the base64 wire form.</summary>
    public const int MaxEncodedMessageChars = 64 * 1024;
    public const int MaxReceiveBatch = 32;
    private static readonly TimeSpan _maxVisibility = TimeSpan.FromDays(7);

    private readonly StorageService _service;

    internal QueueStore(StorageService service) => _service = service;

    public Uri Endpoint => _service.Endpoint;

    public async Task CreateIfNotExistsAsync(string queue, CancellationToken cancellationToken = default)
    {
        ResourceNames.ValidateDnsName(queue, "Queue", nameof(queue));
        using var message = _service.Create(RequestMethod.Put, queue);
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status is 201 or 204 || (response.Status == 409 && StorageErrors.Code(response) == "QueueAlreadyExists"))
            return;
        throw StorageErrors.From(response, $"Create queue '{queue}'");
    }

    public async Task SendAsync(string queue, string text, TimeSpan? initialVisibilityDelay = null,
        CancellationToken cancellationToken = default)
    {
        ResourceNames.ValidateDnsName(queue, "Queue", nameof(queue));
        ArgumentNullException.ThrowIfNull(text);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        if (encoded.Length > MaxEncodedMessageChars)
            throw new ArgumentException(
                $"Queue message is {encoded.Length} base64 characters; the service allows {MaxEncodedMessageChars} " +
                "(store large payloads in a blob and send its name).", nameof(text));
        var path = $"{queue}/messages";
        if (initialVisibilityDelay is { } delay)
            path += "?visibilitytimeout=" + Seconds(delay, TimeSpan.Zero, nameof(initialVisibilityDelay));
        using var message = _service.Create(RequestMethod.Post, path);
        message.Request.Headers.SetValue("Content-Type", "application/xml; charset=utf-8");
        var body = $"<QueueMessage><MessageText>{SecurityElement.Escape(encoded)}</MessageText></QueueMessage>";
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(body));
        await _service.SendSuccessAsync(message, $"Send to queue '{queue}'", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout,
        CancellationToken cancellationToken = default)
    {
        ResourceNames.ValidateDnsName(queue, "Queue", nameof(queue));
        if (maxMessages is < 1 or > MaxReceiveBatch)
            throw new ArgumentOutOfRangeException(nameof(maxMessages), maxMessages, $"maxMessages must be 1-{MaxReceiveBatch}.");
        var visibility = Seconds(visibilityTimeout, TimeSpan.FromSeconds(1), nameof(visibilityTimeout));
        using var message = _service.Create(RequestMethod.Get,
            $"{queue}/messages?numofmessages={maxMessages}&visibilitytimeout={visibility}");
        var response = await _service.SendSuccessAsync(message, $"Receive from queue '{queue}'", cancellationToken)
            .ConfigureAwait(false);
        return QueueMessageReader.Read(response.Content.ToString());
    }

    public async Task DeleteAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ResourceNames.ValidateDnsName(queue, "Queue", nameof(queue));
        using var message = _service.Create(RequestMethod.Delete, MessagePath(queue, messageId, popReceipt));
        await _service.SendSuccessAsync(message, $"Delete message {messageId} from '{queue}'", cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt,
        TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ResourceNames.ValidateDnsName(queue, "Queue", nameof(queue));
        var visibility = Seconds(visibilityTimeout, TimeSpan.Zero, nameof(visibilityTimeout));
        using var message = _service.Create(RequestMethod.Put,
            $"{MessagePath(queue, messageId, popReceipt)}&visibilitytimeout={visibility}");
        var response = await _service.SendSuccessAsync(message, $"Update message {messageId} in '{queue}'", cancellationToken)
            .ConfigureAwait(false);
        return response.Headers.TryGetValue("x-ms-popreceipt", out var receipt) && !string.IsNullOrEmpty(receipt)
            ? receipt
            : throw new InvalidOperationException($"Update message {messageId} in '{queue}' returned no pop receipt.");
    }

    public async Task<int> GetApproximateCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        ResourceNames.ValidateDnsName(queue, "Queue", nameof(queue));
        using var message = _service.Create(RequestMethod.Get, $"{queue}?comp=metadata");
        var response = await _service.SendSuccessAsync(message, $"Get metadata of queue '{queue}'", cancellationToken)
            .ConfigureAwait(false);
        return response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count) &&
               int.TryParse(count, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidOperationException($"Queue '{queue}' metadata has no x-ms-approximate-messages-count.");
    }

    private static string MessagePath(string queue, string messageId, string popReceipt)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        return $"{queue}/messages/{Uri.EscapeDataString(messageId)}?popreceipt={Uri.EscapeDataString(popReceipt)}";
    }

    private static string Seconds(TimeSpan value, TimeSpan minimum, string parameterName) =>
        value >= minimum && value <= _maxVisibility
            ? ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(parameterName, value, $"Must be between {minimum} and 7 days.");
}
