using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Storage.IntegrationTests;

/// <summary>
/// Connects to Azurite (REPORTPIPELINE_TEST_STORAGE or UseDevelopmentStorage=true) and fails with a clear message
/// when it does not answer. Tests create their own uniquely named containers, queues and tables.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "REPORTPIPELINE_TEST_STORAGE";

    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : "UseDevelopmentStorage=true";

    public StorageClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Clients = StorageClients.FromConnectionString(ConnectionString, FastOptions());
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Clients.Blobs.ListAsync("azurite-probe", maxResults: 1, cancellationToken: timeout.Token);
        }
        catch (StorageException e) when (e.ErrorCode == "ContainerNotFound")
        {
            // ContainerNotFound: the service answered and accepted our signature.
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"Azurite does not answer at {Clients.Account.BlobEndpoint} ({e.Message}). " +
                "Start the dev services with `bash scripts/dev-services.sh start` (or set " +
                $"{ConnectionVariable} to a reachable storage connection string).", e);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Few, short retries so a broken setup fails fast instead of backing off for minutes.</summary>
    public static StorageClientOptions FastOptions()
    {
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        return options;
    }
}
