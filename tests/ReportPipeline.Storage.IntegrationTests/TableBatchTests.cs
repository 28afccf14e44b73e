using System.Net;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class TableBatchTests(AzuriteFixture fixture)
{
    private readonly TableStore _tables = fixture.Clients.Tables;

    [Fact]
    public async Task SubmitBatchAsync_HundredInserts_WritesAllInOneTransaction()
    {
        var table = await NewTable();
        var operations = Enumerable.Range(0, 100)
            .Select(i => TableOperation.Insert(TableStoreTests.Entity("cells", $"r{i:D3}", $"第{i}行"))).ToList();

        await _tables.SubmitBatchAsync(table, operations);
        var stored = await ToListAsync(_tables.QueryAllAsync(table, ODataFilter.PartitionKeyEquals("cells")));

        Assert.Equal(100, stored.Count);
        Assert.Equal("第99行", stored.Single(e => e.RowKey == "r099").GetString("Title"));
    }

    [Fact]
    public async Task SubmitBatchAsync_HundredAndOne_ThrowsClearErrorBeforeSending()
    {
        var operations = Enumerable.Range(0, 101)
            .Select(i => TableOperation.Insert(TableStoreTests.Entity("p", $"r{i}", "x"))).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _tables.SubmitBatchAsync("NeverCreatedTable", operations));

        Assert.Contains("1-100 operations; got 101", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitBatchAsync_MixedPartitions_ThrowsBeforeSending()
    {
        var operations = new[]
        {
            TableOperation.Insert(TableStoreTests.Entity("a", "1", "x")),
            TableOperation.Insert(TableStoreTests.Entity("b", "2", "x")),
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _tables.SubmitBatchAsync("NeverCreatedTable", operations));

        Assert.Contains("one partition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitBatchAsync_OneOperationConflicts_RollsBackAndNamesTheFailingOperation()
    {
        var table = await NewTable();
        await _tables.InsertAsync(table, TableStoreTests.Entity("p", "r2", "already there"));
        var operations = Enumerable.Range(0, 5)
            .Select(i => TableOperation.Insert(TableStoreTests.Entity("p", $"r{i}", "new"))).ToList();

        var error = await Assert.ThrowsAsync<StorageException>(() => _tables.SubmitBatchAsync(table, operations));
        var stored = await ToListAsync(_tables.QueryAllAsync(table));

        Assert.Equal(HttpStatusCode.Conflict, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Contains("operation 2 (Insert p/r2)", error.Message, StringComparison.Ordinal);
        Assert.Equal("already there", Assert.Single(stored).GetString("Title"));
    }

    [Fact]
    public async Task SubmitBatchAsync_MergeReplaceAndDelete_AppliesEachKind()
    {
        var table = await NewTable();
        var keep = TableStoreTests.Entity("p", "merge", "old");
        keep["Extra"] = "stays";
        await _tables.InsertAsync(table, keep);
        await _tables.InsertAsync(table, TableStoreTests.Entity("p", "delete", "bye"));
        var replaced = TableStoreTests.Entity("p", "replace", "new");

        await _tables.SubmitBatchAsync(table,
        [
            TableOperation.UpsertMerge(TableStoreTests.Entity("p", "merge", "merged")),
            TableOperation.UpsertReplace(replaced),
            TableOperation.Delete(new TableEntity("p", "delete")),
        ]);

        var merged = await _tables.GetAsync(table, "p", "merge");
        Assert.Equal(("merged", "stays"), (merged!.GetString("Title"), merged.GetString("Extra")));
        Assert.Equal("new", (await _tables.GetAsync(table, "p", "replace"))!.GetString("Title"));
        Assert.Null(await _tables.GetAsync(table, "p", "delete"));
    }

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }

    private async Task<string> NewTable()
    {
        var table = TestNames.Table("Batch");
        await _tables.CreateIfNotExistsAsync(table);
        return table;
    }
}
