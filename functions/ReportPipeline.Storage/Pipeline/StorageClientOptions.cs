using Azure.Core;

namespace ReportPipeline.Storage.Pipeline;

/// <summary>
/// Azure.Core client options for the storage adapters: <see cref="ClientOptions.Retry"/>,
/// <see cref="ClientOptions.Diagnostics"/> and <see cref="ClientOptions.Transport"/> apply as in the official SDKs.
/// </summary>
public sealed class StorageClientOptions : ClientOptions
{
    public const string BlobServiceVersion = "2024-11-04";
    public const string QueueServiceVersion = "2024-11-04";
    public const string TableServiceVersion = "2019-02-02";

    /// <summary>Clock for the x-ms-date header of signed requests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>OAuth scope requested for token credentials.</summary>
    public string TokenScope { get; set; } = "https://storage.azure.com/.default";
}
