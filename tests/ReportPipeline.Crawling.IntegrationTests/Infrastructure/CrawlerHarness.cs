using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.Fetching;
using ReportPipeline.Crawling.Handlers;
using ReportPipeline.Crawling.Registry;
using ReportPipeline.Crawling.State;
using ReportPipeline.Storage;

namespace ReportPipeline.Crawling.IntegrationTests.Infrastructure;

/// <summary>
/// The crawler wired to Azurite with unique container/table/queue names and tiny delays, so tests are fast and
/// never collide with each other or with other engineers' runs.
/// </summary>
public sealed class CrawlerHarness : IDisposable
{
    public CrawlerHarness(StorageClients clients, IEnumerable<PortalDefinition> portals, Action<CrawlerOptions>? configure = null)
    {
        Clients = clients;
        var suffix = Guid.NewGuid().ToString("N")[..10];
        Options = new CrawlerOptions
        {
            MinDelayPerHost = TimeSpan.Zero,
            Timeout = TimeSpan.FromSeconds(5),
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            BreakerDuration = TimeSpan.FromSeconds(1),
            RawContainer = $"raw-{suffix}",
            FetchStateTable = $"FetchState{suffix}",
            CrawlPortalQueue = $"crawl-portal-{suffix}",
        };
        configure?.Invoke(Options);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Registry = new PortalRegistry(portals);
        Fetcher = new PoliteFetcher(options, TimeProvider.System, NullLogger<PoliteFetcher>.Instance);
        State = new FetchStateStore(clients.Tables, options);
        Handler = new CrawlPortalHandler(Registry, Fetcher, State, clients.Blobs, options, TimeProvider.System,
            NullLogger<CrawlPortalHandler>.Instance);
        FanOut = new CrawlPortalsHandler(Registry, State, clients.Queues, options, TimeProvider.System,
            NullLogger<CrawlPortalsHandler>.Instance);
    }

    public StorageClients Clients { get; }
    public CrawlerOptions Options { get; }
    public PortalRegistry Registry { get; }
    public PoliteFetcher Fetcher { get; }
    public FetchStateStore State { get; }
    public CrawlPortalHandler Handler { get; }
    public CrawlPortalsHandler FanOut { get; }

    public Task<CrawlReport> CrawlAsync(string portalId, string? resumeFrom = null) =>
        Handler.HandleAsync(new CrawlPortalMessage(portalId, "test-run", resumeFrom));

    public async Task<List<StoredBlob>> StoredAsync(string portalId)
    {
        var list = new List<StoredBlob>();
        await foreach (var item in Clients.Blobs.ListAllAsync(Options.RawContainer, portalId + "/"))
            list.Add((await Clients.Blobs.GetAsync(Options.RawContainer, item.Name))!);
        return list;
    }

    public static string NewPortalId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static PortalDefinition Portal(string id, string family, Uri listUrl, bool allowPrivate = true) => new()
    {
        Id = id,
        Agency = "测试区人民政府",
        Level = Core.Model.AgencyLevel.Government,
        Region = "测试省测试市",
        Family = family,
        ListPages = [listUrl.ToString()],
        AllowPrivateAddresses = allowPrivate,
        AgencyAliases = ["测试区"],
    };

    public void Dispose() => Fetcher.Dispose();
}
