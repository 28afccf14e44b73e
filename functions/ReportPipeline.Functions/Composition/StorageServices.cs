using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Connection;

namespace ReportPipeline.Functions.Composition;

/// <summary>
/// Storage adapters (Blob, Queue, Table REST on Azure.Core) from the AzureWebJobsStorage connection, as the
/// Functions host reads it: a connection string, or identity-based AzureWebJobsStorage__*ServiceUri settings.
/// </summary>
public static class StorageServices
{
    public const string ConnectionName = "AzureWebJobsStorage";

    public static IServiceCollection AddPipelineStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => new StorageClients(StorageAccount.FromSettings(name => configuration[name], ConnectionName)));
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().Account);
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<StorageClients>().Blobs);
        services.AddSingleton<IQueueStore>(sp => sp.GetRequiredService<StorageClients>().Queues);
        services.AddSingleton<ITableStore>(sp => sp.GetRequiredService<StorageClients>().Tables);
        return services;
    }
}
