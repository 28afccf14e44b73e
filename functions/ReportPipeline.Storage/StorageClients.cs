using ReportPipeline.Storage.Blobs;
using ReportPipeline.Storage.Connection;
using ReportPipeline.Storage.Pipeline;
using ReportPipeline.Storage.Queues;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage;

/// <summary>The three storage adapters for one account, sharing its authentication and client options.</summary>
public sealed class StorageClients
{
    public StorageClients(StorageAccount account, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        options ??= new StorageClientOptions();
        Account = account;
        Blobs = new BlobStore(StoragePipelines.Blob(account, options));
        Queues = new QueueStore(StoragePipelines.Queue(account, options));
        Tables = new TableStore(StoragePipelines.Table(account, options));
    }

    public StorageAccount Account { get; }
    public BlobStore Blobs { get; }
    public QueueStore Queues { get; }
    public TableStore Tables { get; }

    /// <summary>From a connection string such as "UseDevelopmentStorage=true".</summary>
    public static StorageClients FromConnectionString(string connectionString, StorageClientOptions? options = null) =>
        new(StorageAccount.Parse(connectionString), options);

    /// <summary>Creates every container, queue (with its poison queue) and table the pipeline uses.</summary>
    public Task EnsureProvisionedAsync(CancellationToken cancellationToken = default) =>
        StorageProvisioner.EnsureAsync(Blobs, Queues, Tables, cancellationToken);
}
