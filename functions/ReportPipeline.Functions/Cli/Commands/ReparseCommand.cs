using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Functions.LocalHost;
using ReportPipeline.Parsing.Storage;

namespace ReportPipeline.Functions.Cli.Commands;

/// <summary>`reparse [--prefix P]`: re-parses every raw blob (after a parser upgrade) and queues the checks again.</summary>
public static class ReparseCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        await using var services = CliServices.Build(args);
        var progress = new TextProgressSink(Console.Out, TimeProvider.System);
        var summary = await services.GetRequiredService<ParseReportHandler>()
            .ReparseAllAsync(args.Get("prefix"), new Progress<string>(progress.Report));
        Console.Out.WriteLine($"re-parsed: {summary}");
        return ExitCodes.Ok;
    }
}
