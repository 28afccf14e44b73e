using ReportPipeline.Functions.Configuration;

namespace ReportPipeline.Functions.IntegrationTests.Configuration;

public class AppConfigurationTests
{
    [Fact]
    public void Build_DemoPortalMoved_CrawlerFollowsIt()
    {
        var settings = AppConfiguration.Build(null, new Dictionary<string, string?> { ["DemoPortal:Port"] = "5190" });

        Assert.Equal("http://127.0.0.1:5190/", settings["Crawler:DemoPortalBaseUrl"]);
    }

    [Fact]
    public void Build_ExplicitDemoPortalBaseUrl_IsKept()
    {
        var settings = AppConfiguration.Build(null, new Dictionary<string, string?>
        {
            ["DemoPortal:Port"] = "5190",
            ["Crawler:DemoPortalBaseUrl"] = "http://127.0.0.1:6000/",
        });

        Assert.Equal("http://127.0.0.1:6000/", settings["Crawler:DemoPortalBaseUrl"]);
    }
}
