namespace ReportPipeline.Functions.Cli.Commands;

public static class ReparseCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        _ = args;
        await Console.Error.WriteLineAsync("error: 'reparse' is not available in this build yet");
        return ExitCodes.Unusable;
    }
}
