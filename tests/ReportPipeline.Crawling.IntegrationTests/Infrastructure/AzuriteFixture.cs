using ReportPipeline.Core.Storage;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Crawling.IntegrationTests.Infrastructure;

/// <summary>Azurite at REPORTPIPELINE_TEST_STORAGE (else UseDevelopmentStorage=true); fails clearly when it is not up.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public StorageClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var cs = Environment.GetEnvironmentVariable("REPORTPIPELINE_TEST_STORAGE") is { Length: > 0 } v ? v : "UseDevelopmentStorage=true";
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        Clients = StorageClients.FromConnectionString(cs, options);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Clients.Blobs.ListAsync("azurite-probe", maxResults: 1, cancellationToken: timeout.Token);
        }
        catch (StorageException e) when (e.ErrorCode == "ContainerNotFound")
        {
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"Azurite does not answer ({e.Message}). Run `bash scripts/dev-services.sh start` first.", e);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
