using Azure.Core;
using Azure.Identity;

namespace ReportPipeline.Storage.Connection;

public sealed partial class StorageAccount
{
    /// <summary>
    /// Follows the Azure Functions connection convention, so the same setting names work locally and in Azure:
    /// <c>{name}</c> holding a connection string, or identity-based <c>{name}__blobServiceUri</c>,
    /// <c>{name}__queueServiceUri</c>, <c>{name}__tableServiceUri</c> (or <c>{name}__accountName</c>),
    /// <c>{name}__credential</c> ("managedidentity") and <c>{name}__clientId</c>.
    /// Both "__" (environment) and ":" (IConfiguration) separators are accepted.
    /// </summary>
    public static StorageAccount FromSettings(Func<string, string?> setting, string connectionName = "AzureWebJobsStorage",
        TokenCredential? credentialOverride = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var connectionString = setting(connectionName);
        if (!string.IsNullOrWhiteSpace(connectionString))
            return Parse(connectionString);

        string? Sub(string key) => Read(setting, connectionName, key);
        var accountName = Sub("accountName");
        var blob = ServiceUri(Sub("blobServiceUri"), accountName, "blob", connectionName);
        var queue = ServiceUri(Sub("queueServiceUri"), accountName, "queue", connectionName);
        var table = ServiceUri(Sub("tableServiceUri"), accountName, "table", connectionName);
        var credential = credentialOverride ?? CreateCredential(Sub("credential"), Sub("clientId"), connectionName);
        return WithCredential(blob, queue, table, credential);
    }

    private static string? Read(Func<string, string?> setting, string connectionName, string key)
    {
        var value = setting($"{connectionName}__{key}");
        if (string.IsNullOrWhiteSpace(value))
            value = setting($"{connectionName}:{key}");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static Uri ServiceUri(string? explicitUri, string? accountName, string service, string connectionName)
    {
        if (explicitUri is not null)
            return ConnectionStringParser.ParseUri($"{connectionName}__{service}ServiceUri", explicitUri);
        if (accountName is not null)
            return new Uri($"https://{accountName}.{service}.core.windows.net");
        throw new InvalidOperationException(
            $"Storage connection '{connectionName}' is not configured: set '{connectionName}' to a connection string " +
            $"(e.g. UseDevelopmentStorage=true), or set '{connectionName}__{service}ServiceUri' " +
            $"(or '{connectionName}__accountName') for identity-based access.");
    }

    private static TokenCredential CreateCredential(string? kind, string? clientId, string connectionName)
    {
        if (kind is null)
            return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        if (!string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                $"'{connectionName}__credential' is '{kind}'; the only supported value is 'managedidentity'.");
        return clientId is null
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
