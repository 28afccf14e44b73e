using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Alerts;
using ReportPipeline.Checks.Handlers;
using ReportPipeline.Core.Messages;
using ReportPipeline.Crawling.Handlers;

namespace ReportPipeline.Functions.Handler.Endpoints;

/// <summary>Queue-triggered functions: Data.message is the decoded message text (JSON in PipelineJson form).</summary>
public static class QueueEndpoints
{
    public static void MapQueueFunctions(this WebApplication app)
    {
        app.MapPost("/" + FunctionNames.CrawlPortal, (InvocationRunner runner, HttpRequest request,
            IServiceProvider services) =>
            runner.RunAsync(FunctionNames.CrawlPortal, request, async (invocation, ct) =>
            {
                var message = Bind.QueueMessage<CrawlPortalMessage>(invocation);
                Bind.Require(!string.IsNullOrWhiteSpace(message.PortalId), "portalId is empty");
                var report = await services.GetRequiredService<CrawlPortalHandler>().HandleAsync(message, null, ct);
                return report.Summary().TrimEnd();
            }));

        app.MapPost("/" + FunctionNames.CheckReport, (InvocationRunner runner, HttpRequest request,
            IServiceProvider services) =>
            runner.RunAsync(FunctionNames.CheckReport, request, async (invocation, ct) =>
            {
                var message = Bind.QueueMessage<CheckReportMessage>(invocation);
                Bind.Require(!string.IsNullOrWhiteSpace(message.ReportId), "reportId is empty");
                var changes = await services.GetRequiredService<CheckReportHandler>().HandleAsync(message, ct);
                return $"checked {message.Agency} {message.ReportYear}: {changes.Opened.Count} finding(s) opened, " +
                    $"{changes.Resolved.Count} resolved";
            }));

        app.MapPost("/" + FunctionNames.SendAlerts, (InvocationRunner runner, HttpRequest request,
            IServiceProvider services) =>
            runner.RunAsync(FunctionNames.SendAlerts, request, async (invocation, ct) =>
            {
                var message = Bind.QueueMessage<AlertsMessage>(invocation);
                Bind.Require(!string.IsNullOrWhiteSpace(message.Agency), "agency is empty");
                var summary = await services.GetRequiredService<SendAlertsHandler>().HandleAsync(message, ct);
                return AlertOutcome.Describe(summary);
            }));
    }
}
