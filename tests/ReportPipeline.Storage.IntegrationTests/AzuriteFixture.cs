using ReportPipeline.Storage.Pipeline;
using ReportPipeline.Testing;

namespace ReportPipeline.Storage.IntegrationTests;

/// <summary>
/// Connects to Azurite (REPORTPIPELINE_TEST_STORAGE or UseDevelopmentStorage=true) and fails with a clear message
/// when it does not answer. Tests create their own uniquely named containers, queues and tables.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public string ConnectionString => TestAzurite.ConnectionString;

    public StorageClients Clients { get; private set; } = null!;

    public async Task InitializeAsync() => Clients = await TestAzurite.ConnectAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static StorageClientOptions FastOptions() => TestAzurite.FastOptions();
}
