namespace ReportPipeline.Functions.Cli.Commands;

public static class AlertsCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        _ = args;
        await Console.Error.WriteLineAsync("error: 'alerts' is not available in this build yet");
        return ExitCodes.Unusable;
    }
}
