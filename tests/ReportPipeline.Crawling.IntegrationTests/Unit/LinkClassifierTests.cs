using ReportPipeline.Core.Model;
using ReportPipeline.Core.Portals;
using ReportPipeline.Crawling.Classification;

namespace ReportPipeline.Crawling.IntegrationTests.Unit;

public sealed class LinkClassifierTests
{
    private static readonly PortalDefinition _district = new()
    {
        Id = "zhonglou",
        Agency = "常州市钟楼区人民政府",
        AgencyAliases = ["钟楼区"],
        SuperiorAgencies = ["常州市人民政府"],
        ExpectedAgencies = [new ExpectedAgency("常州市钟楼区人民政府", AgencyLevel.Government, 2008) { Aliases = ["钟楼区"] }],
    };

    [Theory]
    [InlineData("常州市钟楼区2016年政府信息公开年度报告", 2016)]
    [InlineData("钟楼区2021年政府信息公开工作年度报告", 2021)]
    [InlineData("钟楼区２０１９年度政府信息公开工作年度报告", 2019)]
    [InlineData("钟楼区政府信息公开年报（2015年）", 2015)]
    public void Classify_AnnualReportTitle_AcceptedWithYearAndAgency(string title, int year)
    {
        var c = LinkClassifier.Classify(title, _district);

        Assert.True(c.IsReport, c.Reason);
        Assert.Equal(year, c.ReportYear);
        Assert.Equal("常州市钟楼区人民政府", c.Agency);
        Assert.False(c.IsRepost);
    }

    [Theory]
    [InlineData("2016年度政府网站工作年度报表", "网站")]
    [InlineData("钟楼区人民政府门户网站2020年网站年度报表", "网站")]
    [InlineData("2017年钟楼区政务公开工作要点", "work plan")]
    [InlineData("钟楼区2018年政府信息公开工作计划", "work plan")]
    [InlineData("区政府召开2017年政务公开工作推进会", "not an information-disclosure annual report")]
    [InlineData("关于做好2016年度政府信息公开工作年度报告编制工作的通知", "notice")]
    public void Classify_OtherItem_RejectedWithReason(string title, string reasonPart)
    {
        var c = LinkClassifier.Classify(title, _district);

        Assert.False(c.IsReport);
        Assert.Contains(reasonPart, c.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SuperiorBodysReport_MarkedAsRepost()
    {
        var c = LinkClassifier.Classify("常州市2016年政府信息公开工作年度报告", _district);

        Assert.True(c.IsReport);
        Assert.True(c.IsRepost);
        Assert.Equal("常州市", c.Agency);
    }

    [Fact]
    public void Classify_ExplicitRepostMarker_MarkedAsRepost() =>
        Assert.True(LinkClassifier.Classify("转发：江苏省2016年政府信息公开工作年度报告", _district).IsRepost);

    [Fact]
    public void Classify_OtherBodyNamed_AgencyTakenFromTitle()
    {
        var c = LinkClassifier.Classify("2015年度常德经开区信息公开工作报告", _district);

        Assert.True(c.IsReport);
        Assert.Equal("常德经开区", c.Agency);
        Assert.Equal(2015, c.ReportYear);
    }
}
