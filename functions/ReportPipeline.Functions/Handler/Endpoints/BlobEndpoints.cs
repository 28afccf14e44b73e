using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportPipeline.Functions.Handler.Endpoints;

/// <summary>
/// The blob-triggered ParseReport. The handler re-reads the blob by name (with its metadata, the fetch evidence)
/// rather than trusting the content copy in Data.
/// </summary>
public static class BlobEndpoints
{
    public static void MapBlobFunctions(this WebApplication app)
    {
        app.MapPost("/" + FunctionNames.ParseReport, (InvocationRunner runner, HttpRequest request) =>
            runner.RunAsync(FunctionNames.ParseReport, request, (invocation, ct) =>
            {
                var name = Bind.RawBlobName(invocation);
                return PendingHandlers.RunAsync($"ParseReportHandler({name})", ct);
            }));
    }
}
