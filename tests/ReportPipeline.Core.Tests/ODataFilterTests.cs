using ReportPipeline.Core.Storage;

namespace ReportPipeline.Core.Tests;

public sealed class ODataFilterTests
{
    [Fact]
    public void Equal_ValueWithQuote_IsEscapedInsideTheLiteral()
    {
        Assert.Equal("Agency eq 'O''Brien'' or 1 eq 1'", ODataFilter.Equal("Agency", "O'Brien' or 1 eq 1"));
    }

    [Fact]
    public void PartitionKeyEquals_ChineseValue_IsQuotedAsIs()
    {
        Assert.Equal("PartitionKey eq '崇川区'", ODataFilter.PartitionKeyEquals("崇川区"));
    }
}
