using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.Fetching;
using ReportPipeline.Crawling.Handlers;
using ReportPipeline.Crawling.Registry;
using ReportPipeline.Crawling.State;

namespace ReportPipeline.Crawling;

public static class CrawlerServiceCollectionExtensions
{
    /// <summary>
    /// The crawler: options (section "Crawler", validated at start-up), registry, fetcher and the two handlers.
    /// Needs IBlobStore, ITableStore and IQueueStore (AddStorage) and a TimeProvider (TimeProvider.System by default).
    /// </summary>
    public static IServiceCollection AddCrawler(this IServiceCollection services)
    {
        services.AddOptions<CrawlerOptions>().BindConfiguration(CrawlerOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // Factories: PortalRegistry and PortalRegistrySync have more than one public constructor.
        services.TryAddSingleton<IPortalRegistry>(sp => new PortalRegistry(sp.GetRequiredService<IOptions<CrawlerOptions>>()));
        services.TryAddSingleton<PoliteFetcher>();
        services.TryAddSingleton<FetchStateStore>();
        services.TryAddSingleton(sp => new PortalRegistrySync(sp.GetRequiredService<IPortalRegistry>(), sp.GetRequiredService<ITableStore>()));
        services.TryAddSingleton<CrawlPortalHandler>();
        services.TryAddSingleton<CrawlPortalsHandler>();
        return services;
    }
}
