using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Portals;
using ReportPipeline.Crawling;
using ReportPipeline.Crawling.Handlers;
using ReportPipeline.Functions.LocalHost;
using ReportPipeline.Storage;

namespace ReportPipeline.Functions.Cli.Commands;

/// <summary>
/// `crawl [--portal ID] [--once]`: crawls now (every enabled portal, or one), printing progress and each portal's
/// found / fetched / skipped (why) / stored summary. Stored documents are parsed by the next `host` run.
/// </summary>
public static class CrawlCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        await using var services = CliServices.Build(args);
        await services.GetRequiredService<StorageClients>().EnsureProvisionedAsync();
        var progress = new TextProgressSink(Console.Out, TimeProvider.System);
        await using var demo = await DemoPortalStarter.StartIfConfiguredAsync(services, progress);
        var portals = await SelectAsync(services.GetRequiredService<IPortalRegistry>(), args.Get("portal"));
        var runId = "cli-" + TimeProvider.System.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var failed = 0;
        foreach (var portal in portals)
        {
            var report = await services.GetRequiredService<CrawlPortalHandler>().HandleAsync(
                new CrawlPortalMessage(portal.Id, runId), new ProgressLines(progress));
            Console.Out.Write(report.Summary());
            failed += report.PortalFailed ? 1 : 0;
        }

        return failed > 0 ? ExitCodes.Problem : ExitCodes.Ok;
    }

    private static async Task<IReadOnlyList<PortalDefinition>> SelectAsync(IPortalRegistry registry, string? portalId)
    {
        if (portalId is null)
        {
            return [.. (await registry.GetAllAsync()).Where(p => p.Enabled)];
        }

        return await registry.FindAsync(portalId) is { } portal ? [portal]
            : throw new CliUsageException($"no portal '{portalId}' in the registry");
    }

    private sealed class ProgressLines(IProgressSink sink) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) =>
            sink.Report($"{value.PortalId} {value.Stage.ToString().ToLowerInvariant(),-9} {value.Url} {value.Message}");
    }
}
