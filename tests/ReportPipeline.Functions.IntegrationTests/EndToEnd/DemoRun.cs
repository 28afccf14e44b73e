using ReportPipeline.Functions.IntegrationTests.Fixtures;
using ReportPipeline.Functions.LocalHost;

namespace ReportPipeline.Functions.IntegrationTests.EndToEnd;

/// <summary>
/// One `host --once` against the demo portal, as the CLI runs it: repository host.json and function.json files,
/// the given storage, the demo portal on its own port, and subscriptions for one unique recipient.
/// </summary>
public static class DemoRun
{
    public static async Task<RunSummary> RunOnceAsync(string storage, int demoPort, string subscriptionsFile)
    {
        var settings = TestEnvironment.HandlerSettings(storage);
        settings["DemoPortal:Port"] = $"{demoPort}";
        settings["Crawler:DemoPortalBaseUrl"] = $"http://127.0.0.1:{demoPort}/";
        settings["Crawler:RegistryPath"] = "Registry/portals.demo.json";
        settings["Crawler:MinDelayPerHost"] = "00:00:00.020";
        settings["LocalHost:SubscriptionsFile"] = subscriptionsFile;
        var progress = new ListProgressSink();
        await using var session = await LocalHostSession.StartAsync(TestEnvironment.RepoRoot, progress, settings);
        await LocalHostStartup.PrepareAsync(session.Services, progress, CancellationToken.None);
        await using var demo = await DemoPortalStarter.StartIfConfiguredAsync(session.Services, progress);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await session.CreateHost(BlobUris.For(session.Services)).RunOnceAsync(timeout.Token);
        return await RunSummary.CollectAsync(session.Services, session.Stats, CancellationToken.None);
    }

    public static string WriteSubscriptions(string recipient)
    {
        var path = Path.Combine(Path.GetTempPath(), TestEnvironment.Unique("rp-subs-") + ".json");
        File.WriteAllText(path, $$"""
            { "subscriptions": [ { "id": "e2e", "recipient": "{{recipient}}", "name": "e2e", "regions": [], "agencies": [],
              "ruleFamilies": [], "minSeverity": "info", "delivery": "immediate", "silences": [] } ] }
            """);
        return path;
    }
}
