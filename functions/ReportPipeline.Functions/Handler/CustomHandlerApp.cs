using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportPipeline.Functions.Composition;
using ReportPipeline.Functions.Configuration;
using ReportPipeline.Functions.Handler.Endpoints;

namespace ReportPipeline.Functions.Handler;

/// <summary>The custom handler: a minimal API on 127.0.0.1:{port} with one POST endpoint per function.</summary>
public static class CustomHandlerApp
{
    public static WebApplication Build(string? root, int port, IReadOnlyDictionary<string, string?>? overrides = null,
        LogLevel minimumLevel = LogLevel.Information)
    {
        var builder = WebApplication.CreateSlimBuilder();
        AppConfiguration.Apply(builder.Configuration, root, overrides);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        if (minimumLevel > LogLevel.Information)
        {
            // Local host mode: the host prints each failed invocation as a progress line already.
            builder.Logging.AddFilter(typeof(InvocationRunner).FullName, LogLevel.None);
        }
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddReportPipeline(builder.Configuration);

        var app = builder.Build();
        app.MapTimerFunctions();
        app.MapQueueFunctions();
        app.MapBlobFunctions();
        app.MapHttpFunctions();
        app.MapDashboardFunctions();
        return app;
    }

    /// <summary>The address the started app listens on (resolves port 0 to the real port).</summary>
    public static Uri BaseAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First());
}
