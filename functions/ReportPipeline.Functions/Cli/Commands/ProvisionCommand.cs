using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Alerts;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Storage;

namespace ReportPipeline.Functions.Cli.Commands;

/// <summary>`provision [--subscriptions FILE]`: creates every container, queue (+ poison) and table; loads subscriptions.</summary>
public static class ProvisionCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        await using var services = CliServices.Build(args);
        var clients = services.GetRequiredService<StorageClients>();
        await clients.EnsureProvisionedAsync();
        await services.GetRequiredService<AlertsStorageInitializer>().InitializeAsync(CancellationToken.None);
        Console.Out.WriteLine($"provisioned containers, queues and tables in {clients.Account}");
        if (args.Get("subscriptions") is { } file)
        {
            var count = await services.GetRequiredService<SubscriptionSeeder>().SeedAsync(file, CancellationToken.None);
            Console.Out.WriteLine($"{count} subscription(s) loaded from {file}");
        }

        return ExitCodes.Ok;
    }
}
