using ReportPipeline.Core.Storage;
using ReportPipeline.Functions.Handler;
using ReportPipeline.Functions.IntegrationTests.Fixtures;
using ReportPipeline.Functions.LocalHost;

namespace ReportPipeline.Functions.IntegrationTests.LocalHost;

/// <summary>The local host reads the repository's real host.json and function.json files.</summary>
public sealed class FunctionCatalogTests
{
    private static readonly FunctionCatalog Catalog = FunctionCatalog.Load(TestEnvironment.RepoRoot);

    [Fact]
    public void Load_RepositoryRoot_FindsEveryFunctionTheHandlerServes()
    {
        Assert.Equal(FunctionNames.All.Order(StringComparer.Ordinal), Catalog.Functions.Select(f => f.Name));
    }

    [Fact]
    public void Load_HostJson_ReadsQueueRetrySettingsAndCustomHandler()
    {
        Assert.Equal(5, Catalog.Host.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(5), Catalog.Host.Queues.VisibilityTimeout);
        Assert.Equal(8, Catalog.Host.Queues.BatchSize);
        Assert.Equal("reportpipeline", Catalog.Host.ExecutablePath);
        Assert.Equal(["serve"], Catalog.Host.Arguments);
        Assert.True(Catalog.Host.ForwardHttp);
    }

    [Fact]
    public void Load_QueueTriggers_UseTheCoreQueueNames()
    {
        var queues = Catalog.OfKind(TriggerKind.Queue).ToDictionary(f => f.Name, f => f.QueueName);

        Assert.Equal(StorageNames.CrawlPortalQueue, queues[FunctionNames.CrawlPortal]);
        Assert.Equal(StorageNames.CheckReportQueue, queues[FunctionNames.CheckReport]);
        Assert.Equal(StorageNames.AlertsQueue, queues[FunctionNames.SendAlerts]);
        Assert.All(Catalog.OfKind(TriggerKind.Queue), f => Assert.Equal(FunctionNames.QueueBinding, f.BindingName));
    }

    [Fact]
    public void Load_ParseReport_IsABlobTriggerOnTheRawContainer()
    {
        var parse = Assert.Single(Catalog.OfKind(TriggerKind.Blob));

        Assert.Equal(FunctionNames.ParseReport, parse.Name);
        Assert.Equal(StorageNames.RawContainer, parse.BlobContainer);
        Assert.Equal(FunctionNames.BlobBinding, parse.BindingName);
        Assert.Equal("AzureWebJobsStorage", parse.Connection);
    }

    [Fact]
    public void TimerSchedule_RepositoryTimers_RunCrawlBeforeSweepBeforeDigest()
    {
        var order = Catalog.OfKind(TriggerKind.Timer)
            .Select(f => new TimerSchedule(f, _ => null))
            .OrderBy(t => t.TimeOfDay)
            .Select(t => t.Function.Name);

        Assert.Equal([FunctionNames.CrawlPortals, FunctionNames.DeadlineSweep, FunctionNames.AlertDigest], order);
    }

    [Fact]
    public void TimerSchedule_NightlyCrawl_NextOccurrenceIsTwoAmUtc()
    {
        var crawl = new TimerSchedule(Catalog.Functions.Single(f => f.Name == FunctionNames.CrawlPortals), _ => null);

        var next = crawl.NextAfter(new DateTimeOffset(2025, 3, 1, 3, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2025, 3, 2, 2, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void TimerSchedule_AppSettingExpression_IsResolvedFromSettings()
    {
        var function = new FunctionDefinition("T", TriggerKind.Timer, "timer", Schedule: "%MySchedule%");

        var schedule = new TimerSchedule(function, name => name == "MySchedule" ? "0 30 * * * *" : null);

        Assert.Equal(new TimeSpan(0, 30, 0), schedule.TimeOfDay);
    }

    [Fact]
    public void TimerSchedule_FiveFieldExpression_IsRejectedWithTheFunctionName()
    {
        var function = new FunctionDefinition("Bad", TriggerKind.Timer, "timer", Schedule: "0 2 * * *");

        var error = Assert.Throws<InvalidDataException>(() => new TimerSchedule(function, _ => null));

        Assert.Contains("Bad", error.Message, StringComparison.Ordinal);
    }
}
