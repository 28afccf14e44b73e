using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReportPipeline.Functions.Handler;

/// <summary>
/// Runs one function invocation and maps the outcome to the host protocol: 200 with the response payload on
/// success; 400 when the invocation cannot be bound, 500 when the handler failed. Any non-2xx makes the host
/// retry, and after maxDequeueCount move a queue message to its poison queue.
/// </summary>
public sealed class InvocationRunner(ILogger<InvocationRunner> logger)
{
    public async Task<IResult> RunAsync(string functionName, HttpRequest request,
        Func<InvocationRequest, CancellationToken, Task<string>> handle)
    {
        try
        {
            var invocation = await ReadAsync(request);
            var summary = await handle(invocation, request.HttpContext.RequestAborted);
            logger.LogInformation("{Function} succeeded: {Summary}", functionName, summary);
            return Results.Json(InvocationResponse.WithLog(summary), HandlerJson.Options);
        }
        catch (InvalidInvocationException ex)
        {
            logger.LogWarning("{Function} rejected the invocation: {Reason}", functionName, ex.Message);
            return Results.Json(InvocationResponse.WithLog($"invalid invocation: {ex.Message}"), HandlerJson.Options,
                statusCode: StatusCodes.Status400BadRequest);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Function} failed", functionName);
            return Results.Json(InvocationResponse.WithLog($"failed: {ex.GetType().Name}: {ex.Message}"),
                HandlerJson.Options, statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static async Task<InvocationRequest> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<InvocationRequest>(request.Body, HandlerJson.Options,
                request.HttpContext.RequestAborted) ?? throw new InvalidInvocationException("empty invocation body");
        }
        catch (JsonException ex)
        {
            throw new InvalidInvocationException($"the invocation body is not JSON: {ex.Message}", ex);
        }
    }
}
