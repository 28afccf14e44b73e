using System.Text;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Blobs;

namespace ReportPipeline.Storage.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobStoreTests(AzuriteFixture fixture)
{
    private readonly BlobStore _blobs = fixture.Clients.Blobs;

    [Fact]
    public async Task PutAsync_ThenGet_ReturnsBytesContentTypeAndETag()
    {
        var container = await NewContainer();
        var bytes = Encoding.UTF8.GetBytes("北京市人民政府2024年政府信息公开工作年度报告");

        var written = await _blobs.PutAsync(container, "bj/报告 2024.txt", bytes, "text/plain; charset=utf-8");
        var blob = await _blobs.GetAsync(container, "bj/报告 2024.txt");

        Assert.True(written);
        Assert.NotNull(blob);
        Assert.Equal(bytes, blob.Content.ToArray());
        Assert.Equal("text/plain; charset=utf-8", blob.ContentType);
        Assert.StartsWith("\"", blob.ETag, StringComparison.Ordinal);
        Assert.True(blob.LastModified > DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public async Task PutAsync_OnlyIfNewOnExistingBlob_ReturnsFalseAndKeepsOriginal()
    {
        var container = await NewContainer();
        await _blobs.PutAsync(container, "a.txt", "first"u8.ToArray(), "text/plain");

        var written = await _blobs.PutAsync(container, "a.txt", "second"u8.ToArray(), "text/plain",
            condition: BlobCondition.OnlyIfNew);

        Assert.False(written);
        Assert.Equal("first", Encoding.UTF8.GetString((await _blobs.GetAsync(container, "a.txt"))!.Content.Span));
    }

    [Fact]
    public async Task PutAsync_IfMatchWithStaleETag_ReturnsFalse()
    {
        var container = await NewContainer();
        await _blobs.PutAsync(container, "a.txt", "v1"u8.ToArray(), "text/plain");
        var v1 = (await _blobs.GetAsync(container, "a.txt"))!;
        Assert.True(await _blobs.PutAsync(container, "a.txt", "v2"u8.ToArray(), "text/plain",
            condition: new BlobCondition(IfMatch: v1.ETag)));

        var stale = await _blobs.PutAsync(container, "a.txt", "v3"u8.ToArray(), "text/plain",
            condition: new BlobCondition(IfMatch: v1.ETag));

        Assert.False(stale);
        Assert.Equal("v2", Encoding.UTF8.GetString((await _blobs.GetAsync(container, "a.txt"))!.Content.Span));
    }

    [Fact]
    public async Task PutAsync_MetadataWithChineseTextAndUrls_RoundTripsOnGetAndList()
    {
        var container = await NewContainer();
        var metadata = new Dictionary<string, string>
        {
            [RawBlobMetadata.Agency] = "北京市朝阳区人民政府办公室",
            [RawBlobMetadata.SourceUrl] = "https://www.bjchy.gov.cn/xxgk/年报/2024.pdf?id=1&x=y%20z",
            [RawBlobMetadata.LinkTitle] = "  2024年度报告（修订）\t",
            [RawBlobMetadata.Status] = "200",
            [RawBlobMetadata.Repost] = "",
            ["plain"] = BlobMetadataCodec.EncodedPrefix + "looks-encoded",
        };

        await _blobs.PutAsync(container, "r.pdf", new byte[] { 1, 2, 3 }, "application/pdf", metadata);
        var fromGet = (await _blobs.GetAsync(container, "r.pdf"))!.Metadata;
        var fromList = (await _blobs.ListAsync(container)).Items.Single().Metadata;

        Assert.Equal(metadata.OrderBy(kv => kv.Key), fromGet.OrderBy(kv => kv.Key));
        Assert.Equal(metadata.OrderBy(kv => kv.Key), fromList.OrderBy(kv => kv.Key));
    }

    [Fact]
    public async Task PutAsync_MetadataKeyNotLowerIdentifier_ThrowsBeforeSending()
    {
        var container = TestNames.Container("nosend"); // never created: the check must come first

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _blobs.PutAsync(container, "a", new byte[1], "x/y",
            new Dictionary<string, string> { ["Source-Url"] = "x" }));

        Assert.Contains("Source-Url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_MissingBlob_ReturnsNull()
    {
        var container = await NewContainer();

        Assert.Null(await _blobs.GetAsync(container, "nothing/here.txt"));
    }

    [Fact]
    public async Task ListAsync_SmallMaxResults_FollowsContinuationAndHonoursPrefix()
    {
        var container = await NewContainer();
        for (var i = 0; i < 7; i++)
            await _blobs.PutAsync(container, $"p1/{i:D2}.txt", new byte[i], "text/plain");
        await _blobs.PutAsync(container, "p2/other.txt", new byte[1], "text/plain");

        var first = await _blobs.ListAsync(container, "p1/", maxResults: 3);
        var second = await _blobs.ListAsync(container, "p1/", first.Continuation, maxResults: 3);
        var all = new List<BlobItem>();
        await foreach (var item in _blobs.ListAllAsync(container, "p1/"))
            all.Add(item);

        Assert.Equal(["p1/00.txt", "p1/01.txt", "p1/02.txt"], first.Items.Select(b => b.Name));
        Assert.NotNull(first.Continuation);
        Assert.Equal(["p1/03.txt", "p1/04.txt", "p1/05.txt"], second.Items.Select(b => b.Name));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"p1/{i:D2}.txt"), all.Select(b => b.Name));
        Assert.Equal(6, all[6].Length);
        Assert.Equal("text/plain", all[6].ContentType);
    }

    [Fact]
    public async Task ListAsync_ChinesePrefixAndReservedCharactersInNames_SignsAndRoundTrips()
    {
        var container = await NewContainer();
        string[] names = ["年报/北京 (1)+%25&=.pdf", "年报/上海#?.pdf", "其他/x.pdf"];
        foreach (var name in names)
            await _blobs.PutAsync(container, name, new byte[1], "application/pdf");

        var listed = await _blobs.ListAsync(container, "年报/");
        var fetched = await _blobs.GetAsync(container, names[1]);

        Assert.Equal(names[..2].Order(StringComparer.Ordinal), listed.Items.Select(b => b.Name).Order(StringComparer.Ordinal));
        Assert.Equal(names[1], fetched!.Name);
    }

    [Fact]
    public async Task CreateContainerIfNotExistsAsync_Twice_DoesNotThrow()
    {
        var container = await NewContainer();

        await _blobs.CreateContainerIfNotExistsAsync(container);

        Assert.Empty((await _blobs.ListAsync(container)).Items);
    }

    [Fact]
    public async Task PutAsync_OverAdapterCap_ThrowsArgumentException()
    {
        var tooBig = new ReadOnlyMemory<byte>(new byte[BlobStore.MaxPutBytes + 1]);

        await Assert.ThrowsAsync<ArgumentException>(() => _blobs.PutAsync("raw", "big.bin", tooBig, "application/pdf"));
    }

    private async Task<string> NewContainer()
    {
        var container = TestNames.Container("blob");
        await _blobs.CreateContainerIfNotExistsAsync(container);
        return container;
    }
}
