using System.Diagnostics;
using System.Globalization;
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

namespace ReportPipeline.Crawling.Benchmarks;

/// <summary>One measured run: N hosts × M reports, delay d per host, all portals crawled in parallel.</summary>
public static class Scenario
{
    public sealed record Result(int Hosts, int Reports, double DelayMs, double WallMs, double BoundMs, int Stored, long PeakWorkingSet, double CpuMs)
    {
        public double Ratio => WallMs / BoundMs;

        public string ToLine() => string.Create(CultureInfo.InvariantCulture,
            $"RESULT {Hosts} {Reports} {DelayMs} {WallMs:0} {BoundMs:0} {Stored} {PeakWorkingSet} {CpuMs:0}");

        public static Result Parse(string line)
        {
            var p = line.Split(' ');
            double D(int i) => double.Parse(p[i], CultureInfo.InvariantCulture);
            return new Result((int)D(1), (int)D(2), D(3), D(4), D(5), (int)D(6), long.Parse(p[7], CultureInfo.InvariantCulture), D(8));
        }
    }

    public static async Task<Result> RunAsync(int hosts, int reports, TimeSpan delay, string storage)
    {
        await using var sites = await SimulatedHosts.StartAsync(hosts, reports);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var options = Options.Create(new CrawlerOptions
        {
            MinDelayPerHost = delay,
            MaxPagesPerList = 1,
            RawContainer = $"bench-{suffix}",
            FetchStateTable = $"BenchState{suffix}",
        });
        var (blobs, tables) = Stores(storage);
        var portals = sites.Hosts.Select((h, i) => new PortalDefinition
        {
            Id = $"bench-{i}", Agency = "测试区人民政府", Family = "trs", AllowPrivateAddresses = true,
            ListPages = [new Uri(h, "/xxgk/index.html").ToString()], AgencyAliases = ["测试区"],
        }).ToList();
        using var fetcher = new PoliteFetcher(options, TimeProvider.System, NullLogger<PoliteFetcher>.Instance);
        var state = new FetchStateStore(tables, options);
        var handler = new CrawlPortalHandler(new PortalRegistry(portals), fetcher, state, blobs, options,
            TimeProvider.System, NullLogger<CrawlPortalHandler>.Instance);
        await blobs.CreateContainerIfNotExistsAsync(options.Value.RawContainer);
        await state.EnsureAsync(default);

        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var reportsDone = await Task.WhenAll(portals.Select(p => handler.HandleAsync(new CrawlPortalMessage(p.Id, "bench"))));
        clock.Stop();

        var failed = reportsDone.Where(r => r.PortalFailed || r.Failed.Count > 0).ToList();
        if (failed.Count > 0) throw new InvalidOperationException("benchmark crawl failed: " + failed[0].Summary());
        self.Refresh();
        return new Result(hosts, reports, delay.TotalMilliseconds, clock.Elapsed.TotalMilliseconds,
            reports * delay.TotalMilliseconds, reportsDone.Sum(r => r.Stored.Count), self.PeakWorkingSet64,
            (self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }

    private static (IBlobStore, ITableStore) Stores(string storage)
    {
        if (storage == "memory")
        {
            var memory = new MemoryStores();
            return (memory, memory);
        }
        var cs = Environment.GetEnvironmentVariable("REPORTPIPELINE_TEST_STORAGE") is { Length: > 0 } v ? v : "UseDevelopmentStorage=true";
        var clients = StorageClients.FromConnectionString(cs);
        return (clients.Blobs, clients.Tables);
    }
}
