using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Parsing.Storage;

namespace ReportPipeline.Functions.Handler.Endpoints;

/// <summary>
/// The blob-triggered ParseReport. The handler re-reads the blob by name (with its metadata, the fetch evidence)
/// rather than trusting the content copy in Data.
/// </summary>
public static class BlobEndpoints
{
    public static void MapBlobFunctions(this WebApplication app)
    {
        app.MapPost("/" + FunctionNames.ParseReport, (InvocationRunner runner, HttpRequest request,
            IServiceProvider services) =>
            runner.RunAsync(FunctionNames.ParseReport, request, async (invocation, ct) =>
            {
                var name = Bind.RawBlobName(invocation);
                var outcome = await services.GetRequiredService<ParseReportHandler>().HandleAsync(name, ct);
                return outcome.Succeeded
                    ? $"parsed {name}: {outcome.Agency} {outcome.ReportYear} ({outcome.Format}); check queued"
                    : $"not parsed {name}: {outcome.FailureReason}; recorded and check queued";
            }));
    }
}
