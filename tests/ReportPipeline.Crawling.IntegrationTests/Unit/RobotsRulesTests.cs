using ReportPipeline.Crawling.Fetching;

namespace ReportPipeline.Crawling.IntegrationTests.Unit;

public sealed class RobotsRulesTests
{
    private static Uri U(string path) => new("http://portal.example" + path);

    [Fact]
    public void IsAllowed_DisallowedPrefix_False()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /manage/\n", "ReportPipeline");

        Assert.False(rules.IsAllowed(U("/manage/login.jsp")));
        Assert.True(rules.IsAllowed(U("/xxgk/index.html")));
    }

    [Fact]
    public void IsAllowed_LongerAllowBeatsDisallow_True()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /xxgk/\nAllow: /xxgk/xxgknb/\n", "ReportPipeline");

        Assert.True(rules.IsAllowed(U("/xxgk/xxgknb/index.html")));
        Assert.False(rules.IsAllowed(U("/xxgk/other.html")));
    }

    [Fact]
    public void Parse_GroupForOurToken_WinsOverStar()
    {
        var text = "User-agent: *\nDisallow: /\n\nUser-agent: reportpipeline\nDisallow: /private/\nCrawl-delay: 3\n";
        var rules = RobotsRules.Parse(text, "ReportPipeline");

        Assert.True(rules.IsAllowed(U("/xxgk/index.html")));
        Assert.False(rules.IsAllowed(U("/private/a.htm")));
        Assert.Equal(TimeSpan.FromSeconds(3), rules.CrawlDelay);
    }

    [Fact]
    public void IsAllowed_WildcardAndEndAnchor_Matched()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "ReportPipeline");

        Assert.False(rules.IsAllowed(U("/a/b/report.pdf")));
        Assert.True(rules.IsAllowed(U("/a/b/report.pdf.html")));
        Assert.False(rules.IsAllowed(U("/a.htm?print=1")));
    }

    [Fact]
    public void Parse_EmptyDisallowAndComments_AllowsAll()
    {
        var rules = RobotsRules.Parse("# hello\nUser-agent: *\nDisallow:   # nothing\nCrawl-delay: 0.5\n", "ReportPipeline");

        Assert.True(rules.IsAllowed(U("/anything")));
        Assert.Equal(TimeSpan.FromMilliseconds(500), rules.CrawlDelay);
    }
}
