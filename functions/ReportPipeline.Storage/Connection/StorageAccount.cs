using Azure.Core;

namespace ReportPipeline.Storage.Connection;

/// <summary>
/// Where the storage account is and how to authenticate: a shared key (connection strings, Azurite) or a
/// token credential (managed identity in Azure). Build one with <see cref="Parse"/> or <see cref="FromSettings"/>.
/// </summary>
public sealed partial class StorageAccount
{
    /// <summary>Azurite's well-known development account (public, documented; not a secret).</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageAccount(Uri blobEndpoint, Uri queueEndpoint, Uri tableEndpoint, string? accountName,
        string? accountKey, TokenCredential? credential)
    {
        BlobEndpoint = blobEndpoint;
        QueueEndpoint = queueEndpoint;
        TableEndpoint = tableEndpoint;
        AccountName = accountName;
        AccountKey = accountKey;
        Credential = credential;
    }

    public Uri BlobEndpoint { get; }
    public Uri QueueEndpoint { get; }
    public Uri TableEndpoint { get; }

    /// <summary>Null for token-credential accounts given only service URIs.</summary>
    public string? AccountName { get; }

    /// <summary>Base64 account key for Shared Key signing; null when <see cref="Credential"/> is used.</summary>
    internal string? AccountKey { get; }

    public TokenCredential? Credential { get; }

    public bool UsesSharedKey => AccountKey is not null;

    public static StorageAccount DevelopmentStorage(string host = "127.0.0.1") =>
        new(new Uri($"http://{host}:10000/{DevelopmentAccountName}"),
            new Uri($"http://{host}:10001/{DevelopmentAccountName}"),
            new Uri($"http://{host}:10002/{DevelopmentAccountName}"),
            DevelopmentAccountName, DevelopmentAccountKey, credential: null);

    public static StorageAccount WithSharedKey(Uri blobEndpoint, Uri queueEndpoint, Uri tableEndpoint,
        string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        EnsureBase64Key(accountKey);
        return new(blobEndpoint, queueEndpoint, tableEndpoint, accountName, accountKey, credential: null);
    }

    public static StorageAccount WithCredential(Uri blobEndpoint, Uri queueEndpoint, Uri tableEndpoint,
        TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new(blobEndpoint, queueEndpoint, tableEndpoint, accountName: null, accountKey: null, credential);
    }

    /// <summary>Parses an Azure Storage connection string (see <see cref="ConnectionStringParser"/>).</summary>
    public static StorageAccount Parse(string connectionString) => ConnectionStringParser.Parse(connectionString);

    internal static void EnsureBase64Key(string accountKey)
    {
        if (string.IsNullOrWhiteSpace(accountKey) || !Convert.TryFromBase64String(accountKey, new byte[accountKey.Length], out _))
            throw new FormatException("The storage AccountKey is not valid base64.");
    }

    public override string ToString() =>
        $"StorageAccount({AccountName ?? "token"}: {BlobEndpoint}, {QueueEndpoint}, {TableEndpoint})";
}
