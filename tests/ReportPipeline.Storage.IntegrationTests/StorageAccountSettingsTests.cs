using Azure.Core;
using Azure.Identity;
using ReportPipeline.Storage.Connection;

namespace ReportPipeline.Storage.IntegrationTests;

public sealed class StorageAccountSettingsTests
{
    [Fact]
    public void FromSettings_ConnectionStringSetting_UsesIt()
    {
        var account = StorageAccount.FromSettings(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.True(account.UsesSharedKey);
        Assert.Equal(10000, account.BlobEndpoint.Port);
    }

    [Fact]
    public void FromSettings_ServiceUrisWithManagedIdentity_UsesTokenCredential()
    {
        var account = StorageAccount.FromSettings(Settings(
            ("Storage__blobServiceUri", "https://rp.blob.core.windows.net"),
            ("Storage__queueServiceUri", "https://rp.queue.core.windows.net"),
            ("Storage__tableServiceUri", "https://rp.table.core.windows.net"),
            ("Storage__credential", "managedidentity"),
            ("Storage__clientId", "00000000-0000-0000-0000-000000000001")), "Storage");

        Assert.False(account.UsesSharedKey);
        Assert.IsType<ManagedIdentityCredential>(account.Credential);
        Assert.Equal(new Uri("https://rp.table.core.windows.net"), account.TableEndpoint);
    }

    [Fact]
    public void FromSettings_AccountNameWithColonSeparator_DerivesUrisAndDefaultCredential()
    {
        var account = StorageAccount.FromSettings(Settings(("AzureWebJobsStorage:accountName", "rpstore")));

        Assert.Equal(new Uri("https://rpstore.blob.core.windows.net"), account.BlobEndpoint);
        Assert.Equal(new Uri("https://rpstore.queue.core.windows.net"), account.QueueEndpoint);
        Assert.IsType<DefaultAzureCredential>(account.Credential);
    }

    [Fact]
    public void FromSettings_NothingConfigured_NamesTheMissingSettings()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageAccount.FromSettings(Settings()));

        Assert.Contains("'AzureWebJobsStorage'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSettings_UnknownCredentialKind_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageAccount.FromSettings(Settings(
            ("AzureWebJobsStorage__accountName", "rp"), ("AzureWebJobsStorage__credential", "clientsecret"))));

        Assert.Contains("managedidentity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSettings_CredentialOverride_IsUsed()
    {
        TokenCredential fixedToken = new FixedTokenCredential("t");

        var account = StorageAccount.FromSettings(Settings(("AzureWebJobsStorage__accountName", "rp")),
            credentialOverride: fixedToken);

        Assert.Same(fixedToken, account.Credential);
    }

    private static Func<string, string?> Settings(params (string Key, string Value)[] values)
    {
        var map = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        return key => map.GetValueOrDefault(key);
    }
}
