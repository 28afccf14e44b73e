namespace ReportPipeline.Functions.Cli.Commands;

public static class CheckCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        _ = args;
        await Console.Error.WriteLineAsync("error: 'check' is not available in this build yet");
        return ExitCodes.Unusable;
    }
}
