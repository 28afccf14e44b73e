using System.Net;
using System.Net.Sockets;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Connection;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage.IntegrationTests;

public sealed class TableContinuationAndArgumentTests
{
    [Fact]
    public void Continuation_RoundTrip_KeepsBothKeys()
    {
        var token = TableContinuation.From("1!8!cGsx", "1!12!cm93MQ--");

        Assert.Equal(("1!8!cGsx", "1!12!cm93MQ--"), TableContinuation.Parse(token!));
        Assert.Null(TableContinuation.From(null, null));
    }

    [Fact]
    public async Task QueryAsync_ForeignContinuationToken_ThrowsArgumentException()
    {
        var tables = StorageClients.FromConnectionString("UseDevelopmentStorage=true").Tables;

        await Assert.ThrowsAsync<ArgumentException>(() => tables.QueryAsync("Reports", continuation: "not*a*token"));
    }

    [Fact]
    public async Task UpdateIfUnchangedAsync_WithoutETag_ThrowsArgumentException()
    {
        var tables = StorageClients.FromConnectionString("UseDevelopmentStorage=true").Tables;

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => tables.UpdateIfUnchangedAsync("Reports", new TableEntity("pk", "rk")));

        Assert.Contains("ETag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_NothingListening_FailsWithRequestFailedExceptionAfterRetries()
    {
        var port = FreePort();
        var endpoint = new Uri($"http://127.0.0.1:{port}/devstoreaccount1");
        var account = StorageAccount.WithSharedKey(endpoint, endpoint, endpoint,
            StorageAccount.DevelopmentAccountName, StorageAccount.DevelopmentAccountKey);
        var clients = new StorageClients(account, AzuriteFixture.FastOptions());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => clients.Blobs.GetAsync("raw", "x"));

        Assert.True(error is AggregateException or Azure.RequestFailedException, error.GetType().FullName);
        Assert.IsNotType<StorageException>(error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
