using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class TableQueryTests(AzuriteFixture fixture)
{
    private readonly TableStore _tables = fixture.Clients.Tables;

    [Fact]
    public async Task QueryAllAsync_MoreThanOnePageOfEntities_FollowsContinuation()
    {
        var table = TestNames.Table("Query");
        await _tables.CreateIfNotExistsAsync(table);
        const int count = 1150;
        foreach (var chunk in Enumerable.Range(0, count).Chunk(TableStore.MaxBatchOperations))
            await _tables.SubmitBatchAsync(table,
                chunk.Select(i => TableOperation.Insert(TableStoreTests.Entity("metrics", $"m{i:D5}", "v"))).ToList());
        await _tables.InsertAsync(table, TableStoreTests.Entity("other", "x", "v"));

        var firstPage = await _tables.QueryAsync(table, ODataFilter.PartitionKeyEquals("metrics"));
        var all = await TableBatchTests.ToListAsync(_tables.QueryAllAsync(table, ODataFilter.PartitionKeyEquals("metrics")));

        Assert.Equal(TableStore.MaxPageSize, firstPage.Items.Count);
        Assert.NotNull(firstPage.Continuation);
        Assert.Equal(count, all.Count);
        Assert.Equal(count, all.Select(e => e.RowKey).Distinct().Count());
    }

    [Fact]
    public async Task QueryAsync_TopAndFilterWithQuote_ReturnsPagesOfThatSize()
    {
        var table = TestNames.Table("Top");
        await _tables.CreateIfNotExistsAsync(table);
        for (var i = 0; i < 5; i++)
            await _tables.InsertAsync(table, TableStoreTests.Entity("O'Neil's 县", $"r{i}", "v"));

        var first = await _tables.QueryAsync(table, ODataFilter.PartitionKeyEquals("O'Neil's 县"), top: 2);
        var second = await _tables.QueryAsync(table, ODataFilter.PartitionKeyEquals("O'Neil's 县"), first.Continuation, top: 2);

        Assert.Equal(["r0", "r1"], first.Items.Select(e => e.RowKey));
        Assert.Equal(["r2", "r3"], second.Items.Select(e => e.RowKey));
    }
}
