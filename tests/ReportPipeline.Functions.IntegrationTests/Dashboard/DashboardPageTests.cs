using ReportPipeline.Core.Findings;
using ReportPipeline.Functions.Dashboard;

namespace ReportPipeline.Functions.IntegrationTests.Dashboard;

public sealed class DashboardPageTests
{
    private static FindingRecord Record(string agency, string message, string? source) => new(
        new Finding("integrity.injected-spam", Severity.Error, message,
            new Evidence(Arithmetic: "1 + 1 = 3 <b>", SourceUrl: source), agency, 2016, "page"),
        FindingStatus.Open, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);

    [Fact]
    public void Render_HostileReportText_IsHtmlEncoded()
    {
        var html = DashboardPage.Render([Record("<script>alert(1)</script>区", "正文<img src=x onerror=alert(1)>", null)]);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;区", html, StringComparison.Ordinal);
        Assert.Contains("1 + 1 = 3 &lt;b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JavascriptSourceUrl_GetsNoLink()
    {
        var html = DashboardPage.Render([Record("崇川区", "m", "javascript:alert(1)")]);

        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HttpSourceUrl_IsLinkedAndGroupedByAgency()
    {
        var html = DashboardPage.Render([Record("崇川区", "m", "http://www.example.gov.cn/a?b=1&c=2")]);

        Assert.Contains("<h2>崇川区</h2>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://www.example.gov.cn/a?b=1&amp;c=2\"", html, StringComparison.Ordinal);
    }
}
