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

    public StorageClientOptions()
    {
        Diagnostics.ApplicationId = "ReportPipeline";
        foreach (var header in new[] { "x-ms-request-id", "x-ms-error-code", "x-ms-version", "x-ms-blob-type",
                     "x-ms-approximate-messages-count", "x-ms-continuation-NextPartitionKey", "x-ms-continuation-NextRowKey" })
            Diagnostics.LoggedHeaderNames.Add(header);
        // Pop receipts, markers and filters stay redacted in logs; these say what the call was.
        foreach (var parameter in new[] { "restype", "comp", "include", "maxresults", "numofmessages", "visibilitytimeout", "$top" })
            Diagnostics.LoggedQueryParameters.Add(parameter);
    }

    /// <summary>Clock for the x-ms-date header of signed requests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>OAuth scope requested for token credentials.</summary>
    public string TokenScope { get; set; } = "https://storage.azure.com/.default";
}
