using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReportPipeline.Alerts.Unsubscribe;

namespace ReportPipeline.Functions.Handler.Endpoints;

/// <summary>
/// HTTP functions. host.json sets enableForwardingHttpRequest, so the host forwards these requests unchanged to
/// the same path (/api/{route}); POST /{FunctionName} with the request payload is also answered, for hosts that
/// do not forward.
/// </summary>
public static class HttpEndpoints
{
    public static void MapHttpFunctions(this WebApplication app)
    {
        app.MapGet("/api/health", (HealthCheck health, CancellationToken ct) => health.RespondAsync(ct));
        app.MapPost("/" + FunctionNames.Health, async (HealthCheck health, CancellationToken ct) =>
        {
            var report = await health.CheckAsync(ct);
            return Results.Json(HttpOutput.Of(report.StatusCode, report), HandlerJson.Options);
        });
        app.MapGet("/api/unsubscribe", async (string? token, UnsubscribeHandler handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(token, ct);
            return Results.Content(result.Html, "text/html; charset=utf-8", statusCode: result.StatusCode);
        });
    }
}
