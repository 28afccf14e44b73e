using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Pipeline;

/// <summary>One storage service endpoint (blob, queue or table) on an Azure.Core pipeline.</summary>
internal sealed class StorageService(HttpPipeline pipeline, Uri endpoint, string version)
{
    private readonly string _root = endpoint.AbsoluteUri.TrimEnd('/');

    public Uri Endpoint { get; } = endpoint;

    /// <summary>The absolute URI for an already-escaped path (and optional query) below the endpoint.</summary>
    public Uri UriFor(string escapedPathAndQuery) => new($"{_root}/{escapedPathAndQuery}");

    public HttpMessage Create(RequestMethod method, string escapedPathAndQuery)
    {
        var message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(UriFor(escapedPathAndQuery));
        message.Request.Headers.SetValue("x-ms-version", version);
        return message;
    }

    /// <summary>Sends (with the pipeline's retries) and returns the final response, whatever its status.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    /// <summary>Sends and throws <see cref="StorageException"/> unless the status is 2xx.</summary>
    public async Task<Response> SendSuccessAsync(HttpMessage message, string operation, CancellationToken cancellationToken)
    {
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status is >= 200 and < 300 ? response : throw StorageErrors.From(response, operation);
    }
}
