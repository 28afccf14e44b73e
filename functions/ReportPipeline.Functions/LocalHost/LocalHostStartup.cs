using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Alerts;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Storage;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>
/// What the local host does before triggering anything: create every container, queue and table (idempotent) and
/// load the subscriptions file (LocalHost:SubscriptionsFile, default the shipped demo subscriptions).
/// </summary>
public static class LocalHostStartup
{
    public static async Task PrepareAsync(IServiceProvider services, IProgressSink progress, CancellationToken ct)
    {
        await services.GetRequiredService<StorageClients>().EnsureProvisionedAsync(ct);
        await services.GetRequiredService<AlertsStorageInitializer>().InitializeAsync(ct);
        var file = SubscriptionsFile(services.GetRequiredService<IConfiguration>());
        if (file is null)
        {
            progress.Report("no subscriptions file: nobody will be emailed (set LocalHost:SubscriptionsFile)");
            return;
        }

        var count = await services.GetRequiredService<SubscriptionSeeder>().SeedAsync(file, ct);
        progress.Report($"storage provisioned; {count} subscription(s) loaded from {file}");
    }

    private static string? SubscriptionsFile(IConfiguration configuration)
    {
        var configured = configuration["LocalHost:SubscriptionsFile"] ?? "subscriptions.demo.json";
        if (configured.Length == 0)
        {
            return null;
        }

        var path = Path.IsPathRooted(configured) ? configured : Path.Combine(AppContext.BaseDirectory, configured);
        return File.Exists(path) ? path : throw new FileNotFoundException($"LocalHost:SubscriptionsFile {path} not found", path);
    }
}
