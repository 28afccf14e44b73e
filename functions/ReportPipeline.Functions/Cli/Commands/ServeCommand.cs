using Microsoft.Extensions.Configuration;
using ReportPipeline.Functions.Configuration;
using ReportPipeline.Functions.Handler;

namespace ReportPipeline.Functions.Cli.Commands;

/// <summary>`serve`: the custom handler the Functions host starts; listens on FUNCTIONS_CUSTOMHANDLER_PORT.</summary>
public static class ServeCommand
{
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static async Task<int> RunAsync(CliArgs args)
    {
        var root = args.Get("root") is { } explicitRoot ? RepoRoot.Find(explicitRoot) : RepoRoot.TryFind();
        var configuration = AppConfiguration.Build(root);
        var port = args.GetInt("port", int.TryParse(configuration[PortSetting], out var p) ? p : 0);
        if (port <= 0)
        {
            throw new CliUsageException($"serve needs --port or the {PortSetting} setting");
        }

        var app = CustomHandlerApp.Build(root, port);
        await app.RunAsync();
        return ExitCodes.Ok;
    }
}
