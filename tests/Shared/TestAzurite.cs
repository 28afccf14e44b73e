using ReportPipeline.Core.Storage;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Testing;

/// <summary>
/// The Azurite every integration test project talks to: REPORTPIPELINE_TEST_STORAGE (set by `npm test`), else
/// UseDevelopmentStorage=true. Linked as source into each test project that needs it.
/// </summary>
internal static class TestAzurite
{
    public const string ConnectionVariable = "REPORTPIPELINE_TEST_STORAGE";

    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : "UseDevelopmentStorage=true";

    /// <summary>Clients with few, short retries, after checking the service answers and accepts our signature.</summary>
    public static async Task<StorageClients> ConnectAsync()
    {
        var clients = StorageClients.FromConnectionString(ConnectionString, FastOptions());
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await clients.Blobs.ListAsync("azurite-probe", maxResults: 1, cancellationToken: timeout.Token);
        }
        catch (StorageException e) when (e.ErrorCode == "ContainerNotFound")
        {
            // The service answered and accepted the signature.
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"Azurite does not answer at {clients.Account.BlobEndpoint} ({e.Message}). " +
                "Start the dev services with `bash scripts/dev-services.sh start` (or set " +
                $"{ConnectionVariable} to a reachable storage connection string).", e);
        }
        return clients;
    }

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
