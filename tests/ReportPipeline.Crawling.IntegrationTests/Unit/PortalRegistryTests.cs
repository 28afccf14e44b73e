using ReportPipeline.Core.Model;
using ReportPipeline.Crawling.Registry;

namespace ReportPipeline.Crawling.IntegrationTests.Unit;

public sealed class PortalRegistryTests
{
    [Fact]
    public void Load_ShippedRegistry_HasTheFiveSeedBodies()
    {
        var portals = PortalRegistry.Load("Registry/portals.json");

        Assert.Equal(5, portals.Count);
        Assert.Contains(portals, p => p.Agency == "常州市人民政府办公室" && p.Level == AgencyLevel.Department);
        Assert.Contains(portals, p => p.Agency == "江苏省金坛经济开发区管理委员会" && p.Level == AgencyLevel.Other);
        Assert.All(portals, p => Assert.NotEmpty(p.ExpectedAgencies));
    }

    [Fact]
    public void Load_DemoRegistry_OneDemoPortalOnLoopback()
    {
        var demo = Assert.Single(PortalRegistry.Load("Registry/portals.demo.json"));

        Assert.True(demo.Demo);
        Assert.True(demo.AllowPrivateAddresses);
        Assert.Equal("trs", demo.Family);
        Assert.StartsWith("http://127.0.0.1:5089/", demo.ListPages[0], StringComparison.Ordinal);
        Assert.Equal(5, demo.ExpectedAgencies.Count);
    }

    [Fact]
    public void Rebase_DemoBaseUrl_MovesOnlyDemoPortals()
    {
        var all = PortalRegistry.Load("Registry/portals.demo.json").Concat(PortalRegistry.Load("Registry/portals.json")).ToList();

        var rebased = PortalRegistry.Rebase(all, "http://127.0.0.1:6123/");

        Assert.Equal("http://127.0.0.1:6123/xxgk/xxgknb/index.html", rebased[0].ListPages[0]);
        Assert.Equal(all[1].ListPages, rebased[1].ListPages);
    }

    [Theory]
    [InlineData("""{ "portals": [ { "id": "Bad Id", "agency": "x", "listPages": ["http://a/"] } ] }""", "id must be")]
    [InlineData("""{ "portals": [ { "id": "a", "agency": "x", "family": "wordpress", "listPages": ["http://a/"] } ] }""", "family 'wordpress'")]
    [InlineData("""{ "portals": [ { "id": "a", "agency": "x", "listPages": ["ftp://a/"] } ] }""", "not an absolute http(s) URL")]
    [InlineData("""{ "portals": [ { "id": "a", "agency": "x", "listPages": ["http://a/"] }, { "id": "a", "agency": "y", "listPages": ["http://b/"] } ] }""", "duplicate portal id 'a'")]
    [InlineData("""{ "portals": [ { "id": "a", "agency": "x" ] }""", "not a valid portal registry")]
    public void Parse_BadRegistry_ClearError(string json, string expected)
    {
        var e = Assert.Throws<PortalRegistryException>(() => PortalRegistryFile.Parse(json, "test.json"));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysWhere()
    {
        var e = Assert.Throws<PortalRegistryException>(() => PortalRegistry.Load("Registry/nope.json"));

        Assert.Contains("Crawler:RegistryPath", e.Message, StringComparison.Ordinal);
    }
}
