using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Storage;
using ReportPipeline.Functions.IntegrationTests.Fixtures;
using ReportPipeline.Functions.LocalHost;

namespace ReportPipeline.Functions.IntegrationTests.LocalHost;

/// <summary>A message the handler keeps rejecting ends in "{queue}-poison" after maxDequeueCount attempts.</summary>
public sealed class PoisonTests
{
    [Fact]
    public async Task RunOnce_MalformedCheckMessage_MovedToPoisonQueueAfterMaxDequeueCount()
    {
        var queue = TestEnvironment.Unique("check-");
        using var root = new TempAppRoot(host =>
        {
            host["extensions"]!["queues"]!["maxDequeueCount"] = 3;
            host["extensions"]!["queues"]!["visibilityTimeout"] = "00:00:00";
        }).WithFunction("CheckReport", trigger => trigger["queueName"] = queue);
        var progress = new ListProgressSink();
        await using var session = await LocalHostSession.StartAsync(root.Path, progress,
            TestEnvironment.HandlerSettings(TestEnvironment.StorageConnectionString));
        var queues = session.Services.GetRequiredService<IQueueStore>();
        await queues.CreateIfNotExistsAsync(queue);
        await queues.SendAsync(queue, "{ this is not a check message");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await session.CreateHost(BlobUris.For(session.Services)).RunOnceAsync(timeout.Token);

        var poisoned = await queues.ReceiveAsync(StorageNames.PoisonQueue(queue), 10, TimeSpan.FromSeconds(30));
        Assert.Equal("{ this is not a check message", Assert.Single(poisoned).Text);
        Assert.Equal(0, await queues.GetApproximateCountAsync(queue));
        Assert.Equal(3, session.Stats.FailedCount("CheckReport"));
        Assert.Single(session.Stats.PoisonedMessages);
        Assert.Contains(progress.Lines, l => l.Contains("attempt 3/3", StringComparison.Ordinal));
    }
}
