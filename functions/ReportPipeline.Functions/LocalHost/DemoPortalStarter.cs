using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Portals;
using ReportPipeline.DemoPortal;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>Starts the embedded demo portal (port DemoPortal:Port) when the registry has an enabled demo portal.</summary>
public static class DemoPortalStarter
{
    public static async Task<IAsyncDisposable> StartIfConfiguredAsync(IServiceProvider services, IProgressSink progress,
        CancellationToken ct = default)
    {
        var portals = await services.GetRequiredService<IPortalRegistry>().GetAllAsync(ct);
        if (!portals.Any(p => p.Demo && p.Enabled))
        {
            return new Nothing();
        }

        var options = services.GetRequiredService<IConfiguration>().GetSection(DemoPortalOptions.SectionName)
            .Get<DemoPortalOptions>() ?? new DemoPortalOptions();
        var server = await DemoPortalServer.StartAsync(options.Port, ct);
        progress.Report($"demo portal serving {server.ListUrl}");
        return server;
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
