using ReportPipeline.Core.Findings;

namespace ReportPipeline.Core.Tests;

public sealed class FindingKeyTests
{
    [Fact]
    public void Of_SameInputs_GivesTheSameKey()
    {
        Assert.Equal(FindingKey.Of("崇川区人民政府", 2016, "sum.channels", "stats2008.proactive.total"),
            FindingKey.Of("崇川区人民政府", 2016, "sum.channels", "stats2008.proactive.total"));
    }

    [Fact]
    public void Of_DifferentLocation_GivesADifferentRowKeyInTheSamePartition()
    {
        var a = FindingKey.Of("崇川区人民政府", 2016, "sum.channels", "a");
        var b = FindingKey.Of("崇川区人民政府", 2016, "sum.channels", "b");

        Assert.NotEqual(a, b);
        Assert.Equal(a.Split('|')[0], b.Split('|')[0]);
    }

    [Fact]
    public void PartitionAndRowKey_HostileText_HoldNoCharacterTableStorageForbids()
    {
        var partition = FindingKey.PartitionKey("a/b\\c#d?e\u0001", 2016);
        var row = FindingKey.RowKey("sum.x", "loc/with#bad?chars\\");

        foreach (var key in new[] { partition, row })
        {
            Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        }
    }

    [Fact]
    public void PartitionKey_ReportYear_IsVisibleAtTheEnd()
    {
        Assert.EndsWith("-2021", FindingKey.PartitionKey("常州市人民政府办公室", 2021), StringComparison.Ordinal);
    }
}
