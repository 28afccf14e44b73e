using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Alerts;
using ReportPipeline.Checks.Handlers;
using ReportPipeline.Crawling.Handlers;

namespace ReportPipeline.Functions.Handler.Endpoints;

/// <summary>Timer-triggered functions: the timer data carries nothing the handlers need beyond "now".</summary>
public static class TimerEndpoints
{
    public static void MapTimerFunctions(this WebApplication app)
    {
        app.MapPost("/" + FunctionNames.CrawlPortals, (InvocationRunner runner, HttpRequest request,
            IServiceProvider services) =>
            runner.RunAsync(FunctionNames.CrawlPortals, request, async (_, ct) =>
                $"{await services.GetRequiredService<CrawlPortalsHandler>().HandleAsync(ct)} portal(s) queued for crawling"));

        app.MapPost("/" + FunctionNames.DeadlineSweep, (InvocationRunner runner, HttpRequest request,
            IServiceProvider services) =>
            runner.RunAsync(FunctionNames.DeadlineSweep, request, async (_, ct) =>
            {
                var sweep = await services.GetRequiredService<DeadlineSweepHandler>().HandleAsync(ct);
                return $"{sweep.AgencyYearsChecked} agency-year(s) checked: {sweep.Opened} missing opened, " +
                    $"{sweep.Resolved} resolved, {sweep.AlertsSent} alert message(s)";
            }));

        app.MapPost("/" + FunctionNames.AlertDigest, (InvocationRunner runner, HttpRequest request,
            IServiceProvider services) =>
            runner.RunAsync(FunctionNames.AlertDigest, request, async (_, ct) =>
                AlertOutcome.Describe(await services.GetRequiredService<AlertDigestHandler>().HandleAsync(ct))));
    }
}
