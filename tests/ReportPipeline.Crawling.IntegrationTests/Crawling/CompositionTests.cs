using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.Handlers;
using ReportPipeline.Crawling.IntegrationTests.Infrastructure;
using ReportPipeline.Crawling.Registry;

namespace ReportPipeline.Crawling.IntegrationTests.Crawling;

[Collection(AzuriteCollection.Name)]
public sealed class CompositionTests(AzuriteFixture azurite)
{
    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<IBlobStore>(azurite.Clients.Blobs);
        services.AddSingleton<ITableStore>(azurite.Clients.Tables);
        services.AddSingleton<IQueueStore>(azurite.Clients.Queues);
        services.AddCrawler();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public async Task AddCrawler_DemoRegistryConfigured_ResolvesHandlersAndRebasedRegistry()
    {
        await using var sp = Build(new()
        {
            ["Crawler:RegistryPath"] = "Registry/portals.demo.json",
            ["Crawler:DemoPortalBaseUrl"] = "http://127.0.0.1:6001/",
        });

        var demo = Assert.Single(await sp.GetRequiredService<IPortalRegistry>().GetAllAsync());

        Assert.Equal("http://127.0.0.1:6001/xxgk/xxgknb/index.html", demo.ListPages[0]);
        Assert.NotNull(sp.GetRequiredService<CrawlPortalHandler>());
        Assert.NotNull(sp.GetRequiredService<CrawlPortalsHandler>());
        Assert.NotNull(sp.GetRequiredService<PortalRegistrySync>());
    }

    [Fact]
    public async Task AddCrawler_OutOfRangeOption_FailsAtStartWithTheKey()
    {
        await using var sp = Build(new() { ["Crawler:MaxRetries"] = "99" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            sp.GetRequiredService<IStartupValidator>() is { } v ? Task.Run(v.Validate) : Task.CompletedTask);

        Assert.Contains("MaxRetries", e.Message, StringComparison.Ordinal);
    }
}
