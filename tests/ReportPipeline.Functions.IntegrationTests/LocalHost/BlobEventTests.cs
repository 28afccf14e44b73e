using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Reports;
using ReportPipeline.Core.Storage;
using ReportPipeline.Functions.IntegrationTests.Fixtures;
using ReportPipeline.Functions.LocalHost;

namespace ReportPipeline.Functions.IntegrationTests.LocalHost;

/// <summary>
/// A blob created in the raw container fires ParseReport once (per blob version, across runs): the report lands in
/// the tables and a check-report message is queued. Only ParseReport is defined, so the message stays queued.
/// </summary>
public sealed class BlobEventTests(PrivateAzurite azurite) : IClassFixture<PrivateAzurite>
{
    [Fact]
    public async Task RunOnce_NewRawBlob_ParsedIntoTablesAndCheckQueuedOnceAcrossRuns()
    {
        using var root = new TempAppRoot().WithFunction("ParseReport");
        var seed = await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "seeds",
            "001_c41a7c110a83a805.txt"));

        var first = await RunAsync(root.Path, async services =>
        {
            var blobs = services.GetRequiredService<IBlobStore>();
            await blobs.CreateContainerIfNotExistsAsync(StorageNames.RawContainer);
            await blobs.PutAsync(StorageNames.RawContainer, "test/001.txt", seed, "text/plain; charset=utf-8",
                new Dictionary<string, string> { [RawBlobMetadata.SourceUrl] = "http://portal.test/001.htm" });
        });
        var second = await RunAsync(root.Path, _ => Task.CompletedTask);

        Assert.Equal(1, first.Stats.SucceededCount("ParseReport"));
        var report = Assert.Single(first.Reports);
        Assert.Equal("test/001.txt", report.RawBlobName);
        Assert.Equal(2021, report.ReportYear);
        Assert.Equal(1, first.CheckMessages);
        Assert.Equal(0, second.Stats.BlobEvents);
        Assert.Equal(1, second.CheckMessages);
    }

    private async Task<(RunStats Stats, List<ReportIndexEntry> Reports, int CheckMessages)> RunAsync(string root,
        Func<IServiceProvider, Task> arrange)
    {
        await using var session = await LocalHostSession.StartAsync(root, new ListProgressSink(),
            TestEnvironment.HandlerSettings(azurite.ConnectionString));
        await LocalHostStartup.PrepareAsync(session.Services, new ListProgressSink(), CancellationToken.None);
        await arrange(session.Services);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await session.CreateHost(BlobUris.For(session.Services)).RunOnceAsync(timeout.Token);
        var reports = new List<ReportIndexEntry>();
        await foreach (var entry in session.Services.GetRequiredService<IParsedReportRepository>().ListAsync())
        {
            reports.Add(entry);
        }

        var queued = await session.Services.GetRequiredService<IQueueStore>()
            .GetApproximateCountAsync(StorageNames.CheckReportQueue);
        return (session.Stats, reports, queued);
    }
}
