using ReportPipeline.Storage;
using ReportPipeline.Testing;

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
        Clients = await TestAzurite.ConnectAsync();
        await Clients.EnsureProvisionedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Parsing Azurite";
}
