using ReportPipeline.Storage.Connection;

namespace ReportPipeline.Storage.IntegrationTests;

public sealed class StorageAccountParseTests
{
    [Fact]
    public void Parse_DevelopmentStorage_UsesAzuriteEndpointsAndWellKnownAccount()
    {
        var account = StorageAccount.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), account.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), account.QueueEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.TableEndpoint);
        Assert.Equal("devstoreaccount1", account.AccountName);
        Assert.True(account.UsesSharedKey);
    }

    [Fact]
    public void Parse_AccountKeyWithSuffix_BuildsServiceEndpoints()
    {
        var account = StorageAccount.Parse(
            "DefaultEndpointsProtocol=https;AccountName=rpstore;AccountKey=a2V5a2V5a2V5;EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://rpstore.blob.core.chinacloudapi.cn"), account.BlobEndpoint);
        Assert.Equal(new Uri("https://rpstore.queue.core.chinacloudapi.cn"), account.QueueEndpoint);
        Assert.Equal(new Uri("https://rpstore.table.core.chinacloudapi.cn"), account.TableEndpoint);
        Assert.Equal("rpstore", account.AccountName);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_OverrideDefaults()
    {
        var account = StorageAccount.Parse(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5a2V5a2V5;" +
            "BlobEndpoint=http://azurite:10000/devstoreaccount1;QueueEndpoint=http://azurite:10001/devstoreaccount1;" +
            "TableEndpoint=http://azurite:10002/devstoreaccount1;");

        Assert.Equal(new Uri("http://azurite:10000/devstoreaccount1"), account.BlobEndpoint);
        Assert.Equal(new Uri("http://azurite:10001/devstoreaccount1"), account.QueueEndpoint);
        Assert.Equal(new Uri("http://azurite:10002/devstoreaccount1"), account.TableEndpoint);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("AccountName=x", "no AccountKey")]
    [InlineData("AccountKey=a2V5", "no AccountName")]
    [InlineData("AccountName=x;AccountKey=not*base64", "not valid base64")]
    [InlineData("UseDevelopmentStorage=false", "must be 'true'")]
    [InlineData("AccountName=x;AccountKey=a2V5;BlobEndpoint=ftp://x", "not an absolute http(s) URI")]
    [InlineData("just some text", "without 'Name=value'")]
    public void Parse_BadConnectionString_ThrowsSpecificError(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => StorageAccount.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadKey_DoesNotEchoTheKey()
    {
        var error = Assert.Throws<FormatException>(() => StorageAccount.Parse("AccountName=x;AccountKey=s3cret!!"));

        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }
}
