using System.Reflection;
using Microsoft.AspNetCore.Http;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.Handler;

/// <summary>Liveness plus one cheap storage round trip (list the raw container, one item, short timeout).</summary>
public sealed class HealthCheck(IBlobStore blobs, TimeProvider time)
{
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var storage = await ProbeStorageAsync(cancellationToken);
        return new HealthReport(storage == "ok" ? "ok" : "degraded", Version, storage, time.GetUtcNow());
    }

    public async Task<IResult> RespondAsync(CancellationToken cancellationToken)
    {
        var report = await CheckAsync(cancellationToken);
        return Results.Json(report, PipelineJson.Options, statusCode: report.StatusCode);
    }

    private static string Version =>
        typeof(HealthCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    private async Task<string> ProbeStorageAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StorageTimeout);
        try
        {
            await blobs.ListAsync(StorageNames.RawContainer, maxResults: 1, cancellationToken: timeout.Token);
            return "ok";
        }
        catch (StorageException ex) when (ex.ErrorCode == "ContainerNotFound")
        {
            return "ok";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"unreachable: {ex.GetType().Name}";
        }
    }
}
