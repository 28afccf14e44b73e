using ReportPipeline.Crawling.Classification;

namespace ReportPipeline.Crawling.IntegrationTests.Unit;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("http://x.gov.cn/xxgk/202001/t20200120_80576.htm", "2020-01-20")]
    [InlineData("/col/201702/t20170222_123.htm", "2017-02-22")]
    [InlineData("http://x.gov.cn/art/2021/1/28/art_1234_5678.html", "2021-01-28")]
    public void FromUrl_DatedUrl_ReturnsDate(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateText.FromUrl(url));

    [Theory]
    [InlineData("http://x.gov.cn/xxgk/202013/t20201320_1.htm")]
    [InlineData("http://x.gov.cn/xxgk/202002/t20200230_1.htm")]
    [InlineData("http://x.gov.cn/xxgk/index.html")]
    [InlineData("http://x.gov.cn/xxgk/202001/t20200220_1.htm")]
    public void FromUrl_NoValidDate_ReturnsNull(string url) => Assert.Null(DateText.FromUrl(url));

    [Theory]
    [InlineData("发布时间:2017-02-22", "2017-02-22")]
    [InlineData("来源：区政府办  发布日期：2018年1月30日  浏览次数", "2018-01-30")]
    [InlineData("发布时间：２０１７－０２－２２", "2017-02-22")]
    public void PublishedLine_LabelledDate_ReturnsDate(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateText.PublishedLine(text));

    [Fact]
    public void PublishedLine_NoLabel_ReturnsNull() => Assert.Null(DateText.PublishedLine("统计期限自2016年1月1日起"));
}
