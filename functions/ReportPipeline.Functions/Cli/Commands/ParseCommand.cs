namespace ReportPipeline.Functions.Cli.Commands;

public static class ParseCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        _ = args;
        await Console.Error.WriteLineAsync("error: 'parse' is not available in this build yet");
        return ExitCodes.Unusable;
    }
}
