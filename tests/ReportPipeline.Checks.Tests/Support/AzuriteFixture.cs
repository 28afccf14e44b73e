using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>
/// Azurite at REPORTPIPELINE_TEST_STORAGE (default UseDevelopmentStorage=true); fails with a clear message when it
/// does not answer. Tests create uniquely named tables and queues.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public StorageClients Clients { get; private set; } = null!;

    public async Task InitializeAsync() => Clients = await TestAzurite.ConnectAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static string UniqueTable() => "TFindings" + Guid.NewGuid().ToString("N")[..12];

    public static string UniqueQueue() => "t-alerts-" + Guid.NewGuid().ToString("N")[..12];
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
