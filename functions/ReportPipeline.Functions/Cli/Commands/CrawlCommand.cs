namespace ReportPipeline.Functions.Cli.Commands;

public static class CrawlCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        _ = args;
        await Console.Error.WriteLineAsync("error: 'crawl' is not available in this build yet");
        return ExitCodes.Unusable;
    }
}
