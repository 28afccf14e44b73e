using ReportPipeline.Core.Storage;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Parsing.Tests.Storage;

/// <summary>
/// Azurite from REPORTPIPELINE_TEST_STORAGE or UseDevelopmentStorage=true, provisioned with the pipeline's fixed names.
/// Tests stay apart by unique report ids, agencies and raw blob prefixes.
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
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await Clients.EnsureProvisionedAsync(timeout.Token);
        }
        catch (Exception e) when (e is not StorageException)
        {
            throw new InvalidOperationException(
                $"Azurite does not answer ({e.Message}). Start it with `bash scripts/dev-services.sh start`.", e);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Parsing Azurite";
}
