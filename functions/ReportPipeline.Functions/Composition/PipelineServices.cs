using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Alerts;
using ReportPipeline.Checks;
using ReportPipeline.Crawling;
using ReportPipeline.Functions.Handler;

namespace ReportPipeline.Functions.Composition;

/// <summary>The composition root: one AddXxx() per layer, shared by the custom handler and the CLI verbs.</summary>
public static class PipelineServices
{
    public static IServiceCollection AddReportPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(configuration);
        services.AddPipelineStorage(configuration);
        services.AddCrawler();
        services.AddPipelineParsing();
        services.AddChecks();
        services.AddAlerts();
        services.AddSingleton<InvocationRunner>();
        services.AddSingleton<HealthCheck>();
        return services;
    }
}
