using System.Net.Http.Json;
using System.Text.Json;
using ReportPipeline.Functions.Handler;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>POSTs invocation payloads to the custom handler at /{FunctionName}, as the Functions host does.</summary>
public sealed class InvocationClient(HttpClient http)
{
    public async Task<InvocationOutcome> InvokeAsync(string functionName, object payload,
        CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/" + functionName, payload, HandlerJson.Options,
                cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new InvocationOutcome((int)response.StatusCode, ReadLogs(body));
        }
        catch (HttpRequestException ex)
        {
            return new InvocationOutcome(0, [$"handler unreachable: {ex.Message}"]);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new InvocationOutcome(0, [$"timed out: {ex.Message}"]);
        }
    }

    private static List<string> ReadLogs(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<InvocationResponse>(body, HandlerJson.Options)?.Logs ?? [];
        }
        catch (JsonException)
        {
            return body.Length == 0 ? [] : [body.Length > 300 ? body[..300] : body];
        }
    }
}
