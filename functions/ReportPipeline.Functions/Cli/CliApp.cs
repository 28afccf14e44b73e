using ReportPipeline.Functions.Cli.Commands;

namespace ReportPipeline.Functions.Cli;

/// <summary>The verbs of the `reportpipeline` executable.</summary>
public static class CliApp
{
    private static readonly HashSet<string> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        "once", "run-timers-now", "json", "help",
    };

    public static async Task<int> RunAsync(string[] args, bool customHandlerPortSet)
    {
        try
        {
            var parsed = CliArgs.Parse(args, Flags);
            var verb = parsed.Positionals.FirstOrDefault() ?? (customHandlerPortSet ? "serve" : "help");
            var rest = CliArgs.Parse(args.SkipWhile(a => a != verb).Skip(1), Flags);
            return verb switch
            {
                "serve" => await ServeCommand.RunAsync(rest),
                "host" => await HostCommand.RunAsync(rest),
                "parse" => await ParseCommand.RunAsync(rest),
                "check" => await CheckCommand.RunAsync(rest),
                "crawl" => await CrawlCommand.RunAsync(rest),
                "alerts" => await AlertsCommand.RunAsync(rest),
                "reparse" => await ReparseCommand.RunAsync(rest),
                "provision" => await ProvisionCommand.RunAsync(rest),
                "help" or "--help" => Help(ExitCodes.Ok),
                _ => throw new CliUsageException($"unknown command '{verb}'"),
            };
        }
        catch (CliInputException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Unusable;
        }
        catch (CliUsageException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return Help(ExitCodes.Unusable);
        }
    }

    private static int Help(int exitCode)
    {
        (exitCode == ExitCodes.Ok ? Console.Out : Console.Error).WriteLine(Usage.Text);
        return exitCode;
    }
}
