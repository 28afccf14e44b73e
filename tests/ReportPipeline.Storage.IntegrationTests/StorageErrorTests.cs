using System.Net;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Connection;

namespace ReportPipeline.Storage.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class StorageErrorTests(AzuriteFixture fixture)
{
    private readonly StorageClients _clients = fixture.Clients;

    [Fact]
    public async Task GetAsync_MissingTable_ThrowsWithErrorCodeAndRequestId()
    {
        var error = await Assert.ThrowsAsync<StorageException>(
            () => _clients.Tables.GetAsync(TestNames.Table("Missing"), "pk", "rk"));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Equal("TableNotFound", error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains(error.RequestId!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutAsync_MissingContainer_ThrowsContainerNotFound()
    {
        var container = TestNames.Container("missing");

        var error = await Assert.ThrowsAsync<StorageException>(
            () => _clients.Blobs.PutAsync(container, "a.txt", "x"u8.ToArray(), "text/plain"));

        Assert.Equal("ContainerNotFound", error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains(container, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_MissingQueue_ThrowsQueueNotFound()
    {
        var error = await Assert.ThrowsAsync<StorageException>(
            () => _clients.Queues.ReceiveAsync(TestNames.Queue("missing"), 1, TimeSpan.FromSeconds(1)));

        Assert.Equal("QueueNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task AnyCall_WrongAccountKey_ThrowsAuthorizationFailure()
    {
        var dev = StorageAccount.Parse(fixture.ConnectionString);
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var forged = new StorageClients(StorageAccount.WithSharedKey(dev.BlobEndpoint, dev.QueueEndpoint, dev.TableEndpoint,
            dev.AccountName!, wrongKey), AzuriteFixture.FastOptions());

        var error = await Assert.ThrowsAsync<StorageException>(
            () => forged.Blobs.CreateContainerIfNotExistsAsync(TestNames.Container("forged")));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal("AuthorizationFailure", error.ErrorCode);
    }
}
