using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.IntegrationTests.Unit;

public sealed class AlertComposerTests
{
    private static readonly DateTimeOffset _at = new(2017, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly EmailLinks _links = new("https://dashboard.example.gov.cn/", "https://x.example/u?token=t");

    private static AlertItem Item(Finding f, ChangeKind change = ChangeKind.New) =>
        new(new FindingRecord(f, change == ChangeKind.Resolved ? FindingStatus.Resolved : FindingStatus.Open, _at, _at, null), change);

    [Fact]
    public void Compose_OneReport_SubjectCountsErrorsAndWarnings()
    {
        var email = AlertComposer.Compose("a@example.gov.cn", SeedFindings.Chongchuan2016.Select(f => Item(f)).ToList(),
            EmailKind.Immediate, _links);

        Assert.Equal($"【年报监测】3 项错误、1 项警告：{SeedFindings.Chongchuan} 2016 年度报告", email.Subject);
    }

    [Fact]
    public void Compose_ResolvedAndOpen_SubjectCountsResolvedSeparately()
    {
        var items = SeedFindings.Chongchuan2016.Select((f, i) => Item(f, i == 0 ? ChangeKind.Resolved : ChangeKind.StillOpen)).ToList();

        var email = AlertComposer.Compose("a@example.gov.cn", items, EmailKind.Digest, _links);

        Assert.StartsWith("【年报监测·每日汇总】2 项错误、1 项警告、1 项已整改：", email.Subject);
    }

    [Fact]
    public void Compose_SeveralAgencies_GroupsByAgencyThenSeverity()
    {
        var items = SeedFindings.All.Reverse().Select(f => Item(f)).ToList();

        var email = AlertComposer.Compose("a@example.gov.cn", items, EmailKind.Digest, _links);

        var agencies = email.Items.Select(i => i.Finding.Agency).Distinct().ToList();
        // The report with errors comes first, then the others by name.
        Assert.Equal([SeedFindings.Chongchuan, .. new[] { SeedFindings.Changde, SeedFindings.Jintan }.Order(StringComparer.Ordinal)], agencies);
        foreach (var agency in agencies)
        {
            var severities = email.Items.Where(i => i.Finding.Agency == agency).Select(i => i.Finding.Severity).ToList();
            Assert.Equal(severities.OrderDescending(), severities);
        }
        Assert.EndsWith("等 3 份报告", email.Subject);
        var positions = agencies.Select(a => email.TextBody.IndexOf($"■ {a}", StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Compose_EvidenceShown_InBothViews()
    {
        var channels = SeedFindings.Chongchuan2016.Single(f => f.Rule == "sum.channels");

        var email = AlertComposer.Compose("a@example.gov.cn", [Item(channels)], EmailKind.Immediate, _links);

        foreach (var body in new[] { email.TextBody, email.HtmlBody })
        {
            Assert.Contains("0 + 9540 + 0 + 360 + 410 = 10310 &lt; 13100".Replace("&lt;", body == email.TextBody ? "<" : "&lt;"), body);
            Assert.Contains("stats2008.proactive.website", body);
            Assert.Contains("新发现", body);
        }
        Assert.Contains("<a href=\"http://www.chongchuan.gov.cn/", email.HtmlBody);
    }

    [Fact]
    public void Compose_HostileReportText_IsEscapedAndHeaderSafe()
    {
        var hostile = new Finding("integrity.injected-spam", Severity.Error, "<script>alert('m')</script>\r\nBcc: x@evil.example",
            new Evidence(Cells: new Dictionary<string, string> { ["<b>c</b>"] = "<img src=x onerror=alert(1)>" },
                Sentences: ["<iframe src=//evil.example>"], Arithmetic: "1 < 2 && 3 > 2",
                SourceUrl: "javascript:alert(document.cookie)"),
            "崇川区<script>x</script>\r\nBcc: victim@evil.example", 2016, "page");

        var email = AlertComposer.Compose("a@example.gov.cn", [Item(hostile)], EmailKind.Immediate, _links);

        Assert.DoesNotContain('\r', email.Subject);
        Assert.DoesNotContain('\n', email.Subject);
        Assert.DoesNotContain("<script", email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", email.HtmlBody);
        Assert.Contains("javascript:alert(document.cookie)", email.TextBody);
        Assert.DoesNotContain("\nBcc:", email.TextBody);
    }

    [Fact]
    public void Compose_NoItems_Throws() =>
        Assert.Throws<ArgumentException>(() => AlertComposer.Compose("a@example.gov.cn", [], EmailKind.Immediate, _links));
}
