using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class TableStoreTests(AzuriteFixture fixture)
{
    private readonly TableStore _tables = fixture.Clients.Tables;

    [Fact]
    public async Task InsertAsync_ExistingEntity_ReturnsFalseAndKeepsOriginal()
    {
        var table = await NewTable();
        Assert.True(await _tables.InsertAsync(table, Entity("bj", "2024", "first")));

        var second = await _tables.InsertAsync(table, Entity("bj", "2024", "second"));

        Assert.False(second);
        Assert.Equal("first", (await _tables.GetAsync(table, "bj", "2024"))!.GetString("Title"));
    }

    [Fact]
    public async Task UpsertAsync_Merge_KeepsOtherPropertiesWhileReplaceDropsThem()
    {
        var table = await NewTable();
        var original = Entity("pk", "merge", "t");
        original["Extra"] = "kept?";
        await _tables.UpsertAsync(table, original);
        await _tables.UpsertAsync(table, Entity("pk", "merge", "merged"));
        var merged = await _tables.GetAsync(table, "pk", "merge");

        await _tables.UpsertAsync(table, Entity("pk", "merge", "replaced"), replace: true);
        var replaced = await _tables.GetAsync(table, "pk", "merge");

        Assert.Equal("merged", merged!.GetString("Title"));
        Assert.Equal("kept?", merged.GetString("Extra"));
        Assert.Equal("replaced", replaced!.GetString("Title"));
        Assert.Null(replaced["Extra"]);
    }

    [Fact]
    public async Task UpdateIfUnchangedAsync_StaleETag_ReturnsFalse()
    {
        var table = await NewTable();
        await _tables.InsertAsync(table, Entity("pk", "rk", "v1"));
        var read = (await _tables.GetAsync(table, "pk", "rk"))!;
        var first = new TableEntity("pk", "rk") { ETag = read.ETag, Properties = { ["Title"] = "v2" } };
        var stale = new TableEntity("pk", "rk") { ETag = read.ETag, Properties = { ["Title"] = "v3" } };

        var firstResult = await _tables.UpdateIfUnchangedAsync(table, first);
        var staleResult = await _tables.UpdateIfUnchangedAsync(table, stale);

        Assert.True(firstResult);
        Assert.False(staleResult);
        Assert.Equal("v2", (await _tables.GetAsync(table, "pk", "rk"))!.GetString("Title"));
    }

    [Fact]
    public async Task GetAsync_MissingEntity_ReturnsNull()
    {
        var table = await NewTable();

        Assert.Null(await _tables.GetAsync(table, "pk", "missing"));
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenMissing_RemovesAndToleratesAbsence()
    {
        var table = await NewTable();
        await _tables.InsertAsync(table, Entity("pk", "gone", "x"));

        await _tables.DeleteAsync(table, "pk", "gone");
        await _tables.DeleteAsync(table, "pk", "gone");

        Assert.Null(await _tables.GetAsync(table, "pk", "gone"));
    }

    [Fact]
    public async Task GetAsync_ChineseAndQuotedKeys_RoundTrip()
    {
        var table = await NewTable();
        var entity = Entity("北京市朝阳区人民政府", "O'Brien 2024 年报", "t");

        await _tables.InsertAsync(table, entity);
        var read = await _tables.GetAsync(table, entity.PartitionKey, entity.RowKey);
        var queried = await _tables.QueryAsync(table, ODataFilter.PartitionKeyEquals(entity.PartitionKey));

        Assert.Equal(entity.RowKey, read!.RowKey);
        Assert.Equal(entity.PartitionKey, Assert.Single(queried.Items).PartitionKey);
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_Twice_DoesNotThrow()
    {
        var table = await NewTable();

        await _tables.CreateIfNotExistsAsync(table);

        Assert.Empty((await _tables.QueryAsync(table)).Items);
    }

    internal static TableEntity Entity(string pk, string rk, string title) =>
        new(pk, rk) { Properties = { ["Title"] = title } };

    private async Task<string> NewTable()
    {
        var table = TestNames.Table("Ops");
        await _tables.CreateIfNotExistsAsync(table);
        return table;
    }
}
