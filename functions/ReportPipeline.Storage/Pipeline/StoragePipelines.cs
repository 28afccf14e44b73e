using Azure.Core;
using Azure.Core.Pipeline;
using ReportPipeline.Storage.Connection;

namespace ReportPipeline.Storage.Pipeline;

/// <summary>Builds the Azure.Core pipeline (retries, logging, transport, then authentication) for one service.</summary>
internal static class StoragePipelines
{
    public static StorageService Blob(StorageAccount account, StorageClientOptions options) =>
        new(Build(account, options, tableService: false), account.BlobEndpoint, StorageClientOptions.BlobServiceVersion);

    public static StorageService Queue(StorageAccount account, StorageClientOptions options) =>
        new(Build(account, options, tableService: false), account.QueueEndpoint, StorageClientOptions.QueueServiceVersion);

    public static StorageService Table(StorageAccount account, StorageClientOptions options) =>
        new(Build(account, options, tableService: true), account.TableEndpoint, StorageClientOptions.TableServiceVersion);

    private static HttpPipeline Build(StorageAccount account, StorageClientOptions options, bool tableService)
    {
        HttpPipelinePolicy authentication = account.AccountKey is { } key
            ? new SharedKeyPolicy(account.AccountName!, key, tableService, options.TimeProvider)
            : new BearerTokenAuthenticationPolicy(account.Credential!, options.TokenScope);
        return HttpPipelineBuilder.Build(options, perCallPolicies: [], perRetryPolicies: [authentication],
            responseClassifier: new ResponseClassifier());
    }
}
