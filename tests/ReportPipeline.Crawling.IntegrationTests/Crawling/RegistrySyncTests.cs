using ReportPipeline.Crawling.IntegrationTests.Infrastructure;
using ReportPipeline.Crawling.Registry;

namespace ReportPipeline.Crawling.IntegrationTests.Crawling;

[Collection(AzuriteCollection.Name)]
public sealed class RegistrySyncTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SyncAsync_ShippedRegistry_RowsRoundTripToDefinitions()
    {
        var portals = PortalRegistry.Load("Registry/portals.json");
        var table = $"Portals{Guid.NewGuid():N}"[..30];
        var sync = new PortalRegistrySync(new PortalRegistry(portals), azurite.Clients.Tables, table);

        var count = await sync.SyncAsync();
        var again = await sync.SyncAsync();

        Assert.Equal(5, count);
        Assert.Equal(5, again);
        var rows = new List<Core.Storage.TableEntity>();
        await foreach (var row in azurite.Clients.Tables.QueryAllAsync(table)) rows.Add(row);
        Assert.Equal(5, rows.Count);
        var zhonglou = PortalRegistrySync.FromEntity(rows.Single(r => r.RowKey == "changzhou-zhonglou"));
        var original = portals.Single(p => p.Id == "changzhou-zhonglou");
        Assert.Equal(original.Agency, zhonglou.Agency);
        Assert.Equal(original.ExpectedAgencies.Single().Aliases, zhonglou.ExpectedAgencies.Single().Aliases);
        Assert.Equal("江苏省常州市钟楼区", rows.Single(r => r.RowKey == "changzhou-zhonglou").GetString("Region"));
    }
}
