using ReportPipeline.Core.Storage;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>
/// Azurite at REPORTPIPELINE_TEST_STORAGE (default UseDevelopmentStorage=true); fails with a clear message when it
/// does not answer. Tests create uniquely named tables and queues.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public StorageClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connection = Environment.GetEnvironmentVariable("REPORTPIPELINE_TEST_STORAGE") is { Length: > 0 } value
            ? value : "UseDevelopmentStorage=true";
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        Clients = StorageClients.FromConnectionString(connection, options);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Clients.Tables.QueryAsync("azuriteprobe", top: 1, cancellationToken: timeout.Token);
        }
        catch (StorageException)
        {
            // The service answered (the table does not exist): good enough.
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"Azurite does not answer ({e.Message}). Start it with `bash scripts/dev-services.sh start`.", e);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static string UniqueTable() => "TFindings" + Guid.NewGuid().ToString("N")[..12];

    public static string UniqueQueue() => "t-alerts-" + Guid.NewGuid().ToString("N")[..12];
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
