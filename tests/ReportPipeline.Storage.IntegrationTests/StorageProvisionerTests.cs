using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class StorageProvisionerTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task EnsureAsync_RunTwice_CreatesEveryContainerQueueAndTable()
    {
        var clients = fixture.Clients;

        await clients.EnsureProvisionedAsync();
        await clients.EnsureProvisionedAsync();

        foreach (var container in StorageNames.Containers)
            Assert.NotNull(await clients.Blobs.ListAsync(container, maxResults: 1));
        foreach (var queue in StorageNames.Queues.SelectMany(q => new[] { q, StorageNames.PoisonQueue(q) }))
            Assert.True(await clients.Queues.GetApproximateCountAsync(queue) >= 0);
        foreach (var table in StorageNames.Tables)
            Assert.NotNull(await clients.Tables.QueryAsync(table, top: 1));
    }
}
