using ReportPipeline.Functions.Configuration;
using ReportPipeline.Functions.LocalHost;

namespace ReportPipeline.Functions.Cli.Commands;

/// <summary>`host [--once] [--run-timers-now] [--timeout S]`: the local Functions host (see docs/architecture.md).</summary>
public static class HostCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        var root = RepoRoot.Find(args.Get("root"));
        var progress = new TextProgressSink(Console.Out, TimeProvider.System);
        await using var session = await LocalHostSession.StartAsync(root, progress);
        await LocalHostStartup.PrepareAsync(session.Services, progress, CancellationToken.None);
        var host = session.CreateHost(BlobUris.For(session.Services));
        await using var demo = await DemoPortalStarter.StartIfConfiguredAsync(session.Services, progress);
        if (args.Has("once"))
        {
            var timeout = TimeSpan.FromSeconds(args.GetInt("timeout", (int)session.Options.OnceTimeout.TotalSeconds));
            using var cts = new CancellationTokenSource(timeout);
            await host.RunOnceAsync(cts.Token);
            var summary = await RunSummary.CollectAsync(session.Services, session.Stats, CancellationToken.None);
            Console.Out.Write(summary.Render());
            return summary.PoisonedThisRun.Count > 0 ? ExitCodes.Problem : ExitCodes.Ok;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        progress.Report($"dashboard: {session.HandlerAddress}api/dashboard   (Ctrl+C stops)");
        try
        {
            await host.RunAsync(args.Has("run-timers-now"), stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        return ExitCodes.Ok;
    }
}
