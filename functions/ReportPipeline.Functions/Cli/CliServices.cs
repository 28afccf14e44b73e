using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportPipeline.Functions.Composition;
using ReportPipeline.Functions.Configuration;

namespace ReportPipeline.Functions.Cli;

/// <summary>The same composition root the handler uses, for the one-shot verbs; logs warnings to stderr.</summary>
public static class CliServices
{
    public static ServiceProvider Build(CliArgs args)
    {
        var root = args.Get("root") is { } explicitRoot ? RepoRoot.Find(explicitRoot) : RepoRoot.TryFind();
        var configuration = AppConfiguration.Build(root);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddReportPipeline(configuration);
        return services.BuildServiceProvider();
    }
}
