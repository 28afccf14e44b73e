namespace ReportPipeline.Functions.Cli.Commands;

public static class ProvisionCommand
{
    public static async Task<int> RunAsync(CliArgs args)
    {
        _ = args;
        await Console.Error.WriteLineAsync("error: 'provision' is not available in this build yet");
        return ExitCodes.Unusable;
    }
}
