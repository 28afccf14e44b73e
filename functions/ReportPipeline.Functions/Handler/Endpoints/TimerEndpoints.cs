using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportPipeline.Functions.Handler.Endpoints;

/// <summary>Timer-triggered functions: the timer data carries nothing the handlers need beyond "now".</summary>
public static class TimerEndpoints
{
    public static void MapTimerFunctions(this WebApplication app)
    {
        app.MapPost("/" + FunctionNames.CrawlPortals, (InvocationRunner runner, HttpRequest request) =>
            runner.RunAsync(FunctionNames.CrawlPortals, request, (_, ct) => PendingHandlers.RunAsync("CrawlPortalsHandler", ct)));

        app.MapPost("/" + FunctionNames.DeadlineSweep, (InvocationRunner runner, HttpRequest request) =>
            runner.RunAsync(FunctionNames.DeadlineSweep, request, (_, ct) => PendingHandlers.RunAsync("DeadlineSweepHandler", ct)));

        app.MapPost("/" + FunctionNames.AlertDigest, (InvocationRunner runner, HttpRequest request) =>
            runner.RunAsync(FunctionNames.AlertDigest, request, (_, ct) => PendingHandlers.RunAsync("AlertDigestHandler", ct)));
    }
}
