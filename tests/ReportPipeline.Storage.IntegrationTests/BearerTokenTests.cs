using System.Net.Http;
using Azure.Core.Pipeline;
using ReportPipeline.Storage.Connection;

namespace ReportPipeline.Storage.IntegrationTests;

public sealed class BearerTokenTests
{
    [Fact]
    public async Task GetAsync_TokenCredentialAccount_SendsBearerTokenForStorageScope()
    {
        await using var server = await LoopbackHttpsServer.StartAsync();
        var credential = new FixedTokenCredential("fixed-token-123");
        var account = StorageAccount.WithCredential(server.BaseUri, server.BaseUri, server.BaseUri, credential);
        var options = AzuriteFixture.FastOptions();
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        options.Transport = new HttpClientTransport(handler);
        var clients = new StorageClients(account, options);

        var entity = await clients.Tables.GetAsync("Reports", "pk", "rk");

        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer fixed-token-123", request.Authorization);
        Assert.Equal("/Reports(PartitionKey='pk',RowKey='rk')", request.Path);
        Assert.Equal(["https://storage.azure.com/.default"], credential.RequestedScopes.Single());
        Assert.Equal("来自回环", entity!.GetString("Title"));
    }
}
