using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.Crawling.IntegrationTests.Infrastructure;

/// <summary>Azurite at REPORTPIPELINE_TEST_STORAGE (else UseDevelopmentStorage=true); fails clearly when it is not up.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public StorageClients Clients { get; private set; } = null!;

    public async Task InitializeAsync() => Clients = await TestAzurite.ConnectAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
