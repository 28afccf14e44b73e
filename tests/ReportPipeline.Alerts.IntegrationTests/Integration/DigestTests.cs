using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Alerts.IntegrationTests.Integration;

[Collection(DevServicesCollection.Name)]
public sealed class DigestTests(DevServicesFixture services)
{
    private readonly InMemoryFindings _findings = new();

    private async Task<AlertsHarness> StartAsync(params Subscription[] subscriptions)
    {
        var harness = await AlertsHarness.StartAsync(services.Storage, _findings);
        foreach (var s in subscriptions)
            await harness.Get<SubscriptionStore>().SaveAsync(s, default);
        return harness;
    }

    private async Task OpenAllSeedsAsync(AlertsHarness harness)
    {
        foreach (var report in SeedFindings.All.GroupBy(f => (f.Agency, f.ReportYear)))
        {
            var keys = report.Select(f => _findings.Open(f, harness.Clock.GetUtcNow()).Key).ToList();
            await harness.Get<SendAlertsHandler>().HandleAsync(new AlertsMessage(report.Key.Agency, report.Key.ReportYear, keys, []), default);
        }
    }

    private static Subscription Digest(string recipient) => new() { Id = "digest", Recipient = recipient, Delivery = DeliveryMode.Digest };

    [Fact]
    public async Task HandleAsync_PendingFromSeveralReports_OneDigestGroupedByAgencyThenSeverity()
    {
        var carol = TestNames.Recipient("digest");
        using var harness = await StartAsync(Digest(carol));
        await OpenAllSeedsAsync(harness);

        var summary = await harness.Get<AlertDigestHandler>().HandleAsync(default);
        var second = await harness.Get<AlertDigestHandler>().HandleAsync(default);

        Assert.Equal((1, 1), (summary.Composed, summary.Sent));
        Assert.Equal(0, second.Composed);
        var mail = Assert.Single(await services.MailDev.WaitForAsync(carol, 1));
        Assert.StartsWith("【年报监测·每日汇总】3 项错误、3 项警告：", mail.Subject);
        Assert.EndsWith("等 3 份报告", mail.Subject);
        var agencies = new[] { SeedFindings.Chongchuan, SeedFindings.Changde, SeedFindings.Jintan };
        var positions = agencies.Select(a => mail.Text.IndexOf($"■ {a}", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        // The report with errors first, then the others by name.
        Assert.Equal([SeedFindings.Chongchuan, .. new[] { SeedFindings.Changde, SeedFindings.Jintan }.Order(StringComparer.Ordinal)],
            agencies.OrderBy(a => positions[Array.IndexOf(agencies, a)]));
        var chongchuan = mail.Text[positions[0]..];
        Assert.True(chongchuan.IndexOf("【错误】3 项", StringComparison.Ordinal) < chongchuan.IndexOf("【警告】1 项", StringComparison.Ordinal));
        Assert.Contains("1000 + 5000 + 1000 = 7000 ≠ 8000", mail.Text);
        Assert.Contains("因政府信息公开申请行政复议、提起行政诉讼的情况", mail.Html);
    }

    [Fact]
    public async Task HandleAsync_ErrorsStillOpenAfterInterval_RemindsOnceAboutErrorsOnly()
    {
        var carol = TestNames.Recipient("remind");
        using var harness = await StartAsync(Digest(carol));
        await OpenAllSeedsAsync(harness);
        var digest = harness.Get<AlertDigestHandler>();
        await digest.HandleAsync(default);

        harness.Clock.Advance(TimeSpan.FromDays(6));
        var tooEarly = await digest.HandleAsync(default);
        harness.Clock.Advance(TimeSpan.FromDays(1));
        var reminder = await digest.HandleAsync(default);
        var sameDay = await digest.HandleAsync(default);

        Assert.Equal((0, 1, 0), (tooEarly.Composed, reminder.Composed, sameDay.Composed));
        var mails = await services.MailDev.WaitForAsync(carol, 2);
        var reminderMail = Assert.Single(mails, m => m.Text.Contains("仍未整改", StringComparison.Ordinal));
        Assert.StartsWith("【年报监测·每日汇总】3 项错误：", reminderMail.Subject);
        Assert.DoesNotContain("【警告】", reminderMail.Text);
    }

    [Fact]
    public async Task HandleAsync_SilencedAgency_ChangesDuringSilenceDroppedLaterOnesIncluded()
    {
        var carol = TestNames.Recipient("silence");
        var until = new DateTimeOffset(2017, 3, 3, 0, 0, 0, TimeSpan.Zero);
        using var harness = await StartAsync(Digest(carol) with { Silences = [new Silence(until, Agency: SeedFindings.Chongchuan)] });
        await OpenAllSeedsAsync(harness);
        var extra = _findings.Open(SeedFindings.Chongchuan2016[0] with { Location = "text:other" }, harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromDays(3));
        await harness.Get<SendAlertsHandler>().HandleAsync(
            new AlertsMessage(SeedFindings.Chongchuan, 2016, [extra.Key], []), default);

        var summary = await harness.Get<AlertDigestHandler>().HandleAsync(default);

        Assert.Equal(1, summary.Sent);
        var mail = Assert.Single(await services.MailDev.WaitForAsync(carol, 1));
        Assert.Contains(SeedFindings.Changde, mail.Text);
        Assert.Contains("text:other", mail.Text);
        Assert.DoesNotContain("stats2008.proactive", mail.Text);
    }
}
