using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class TableTypedPropertyTests(AzuriteFixture fixture)
{
    private readonly TableStore _tables = fixture.Clients.Tables;

    [Fact]
    public async Task GetAndQuery_EveryPropertyType_ReadBackWithTheirClrTypes()
    {
        var table = TestNames.Table("Typed");
        await _tables.CreateIfNotExistsAsync(table);
        var fetchedAt = new DateTimeOffset(2025, 1, 20, 8, 30, 15, 123, TimeSpan.FromHours(8)).AddTicks(4567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("types", "all")
        {
            Properties =
            {
                ["Text"] = "第一部分 总体情况",
                ["Int32"] = 42,
                ["Int64"] = 9_007_199_254_740_993L,
                ["SmallInt64"] = 7L,
                ["Double"] = 3.25,
                ["WholeDouble"] = 5.0,
                ["NotANumber"] = double.NaN,
                ["Flag"] = true,
                ["FetchedAt"] = fetchedAt,
                ["Id"] = id,
                ["Bytes"] = new byte[] { 0, 1, 254, 255 },
            },
        };

        await _tables.InsertAsync(table, entity);
        var read = (await _tables.GetAsync(table, "types", "all"))!;
        var queried = Assert.Single((await _tables.QueryAsync(table)).Items);

        foreach (var copy in new[] { read, queried })
        {
            Assert.Equal("第一部分 总体情况", Assert.IsType<string>(copy["Text"]));
            Assert.Equal(42, Assert.IsType<int>(copy["Int32"]));
            Assert.Equal(9_007_199_254_740_993L, Assert.IsType<long>(copy["Int64"]));
            Assert.Equal(7L, Assert.IsType<long>(copy["SmallInt64"]));
            Assert.Equal(3.25, Assert.IsType<double>(copy["Double"]));
            Assert.Equal(5.0, Assert.IsType<double>(copy["WholeDouble"]));
            Assert.True(double.IsNaN(Assert.IsType<double>(copy["NotANumber"])));
            Assert.True(Assert.IsType<bool>(copy["Flag"]));
            Assert.Equal(fetchedAt, Assert.IsType<DateTimeOffset>(copy["FetchedAt"]));
            Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)copy["FetchedAt"]!).Offset);
            Assert.Equal(id, Assert.IsType<Guid>(copy["Id"]));
            Assert.Equal(new byte[] { 0, 1, 254, 255 }, Assert.IsType<byte[]>(copy["Bytes"]));
            Assert.NotNull(copy.ETag);
            Assert.NotNull(copy.Timestamp);
        }
    }
}
