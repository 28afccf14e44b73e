using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Alerts.IntegrationTests.Integration;

[Collection(DevServicesCollection.Name)]
public sealed class SendAlertsTests(DevServicesFixture services)
{
    private readonly InMemoryFindings _findings = new();

    private async Task<AlertsHarness> StartAsync(params Subscription[] subscriptions)
    {
        var harness = await AlertsHarness.StartAsync(services.Storage, _findings);
        foreach (var s in subscriptions)
            await harness.Get<SubscriptionStore>().SaveAsync(s, CancellationToken.None);
        return harness;
    }

    private AlertsMessage Open(AlertsHarness harness, IEnumerable<Finding> findings)
    {
        var keys = findings.Select(f => _findings.Open(f, harness.Clock.GetUtcNow()).Key).ToList();
        return new AlertsMessage(SeedFindings.Chongchuan, 2016, keys, []);
    }

    private static Subscription Immediate(string recipient, string id = "all") => new() { Id = id, Recipient = recipient };

    [Fact]
    public async Task HandleAsync_NewFindings_OneEmailPerRecipientWithEvidence()
    {
        var alice = TestNames.Recipient("alice");
        var bob = TestNames.Recipient("bob");
        using var harness = await StartAsync(Immediate(alice), Immediate(alice, "errors") with { MinSeverity = Severity.Error },
            Immediate(bob) with { MinSeverity = Severity.Error });

        var summary = await harness.Get<SendAlertsHandler>().HandleAsync(Open(harness, SeedFindings.Chongchuan2016), default);

        Assert.Equal((2, 2, 0), (summary.Composed, summary.Sent, summary.Failed));
        var aliceMail = Assert.Single(await services.MailDev.WaitForAsync(alice, 1));
        Assert.Equal($"【年报监测】3 项错误、1 项警告：{SeedFindings.Chongchuan} 2016 年度报告", aliceMail.Subject);
        Assert.Contains("0 + 9540 + 0 + 360 + 410 = 10310", aliceMail.Text);
        Assert.Contains("0 + 9540 + 0 + 360 + 410 = 10310 &lt; 13100", aliceMail.Html);
        Assert.Contains("其他情形数1件", aliceMail.Html);
        Assert.Contains("href=\"http://www.chongchuan.gov.cn/", aliceMail.Html);
        Assert.StartsWith("alert-", aliceMail.MessageId);
        Assert.StartsWith("<https://alerts.example.gov.cn/api/unsubscribe?token=", aliceMail.Headers["list-unsubscribe"]);
        Assert.Equal("auto-generated", aliceMail.Headers["auto-submitted"]);
        var bobMail = Assert.Single(await services.MailDev.WaitForAsync(bob, 1));
        Assert.StartsWith("【年报监测】3 项错误：", bobMail.Subject);
        Assert.DoesNotContain("专项经费", bobMail.Text);
    }

    [Fact]
    public async Task HandleAsync_RedeliveredAndRechecked_NoSecondEmail()
    {
        var alice = TestNames.Recipient("redeliver");
        using var harness = await StartAsync(Immediate(alice));
        var message = Open(harness, SeedFindings.Chongchuan2016);
        var handler = harness.Get<SendAlertsHandler>();
        await handler.HandleAsync(message, default);

        var redelivered = await handler.HandleAsync(message, default);
        harness.Clock.Advance(TimeSpan.FromDays(1));
        var rechecked = await handler.HandleAsync(Open(harness, SeedFindings.Chongchuan2016), default);

        Assert.Equal((0, 0), (redelivered.Composed, redelivered.Sent));
        Assert.Equal((0, 0), (rechecked.Composed, rechecked.Sent));
        await Task.Delay(300);
        Assert.Single(await services.MailDev.ForAsync(alice));
    }

    [Fact]
    public async Task HandleAsync_ReportFixed_OneResolvedEmail()
    {
        var alice = TestNames.Recipient("resolved");
        using var harness = await StartAsync(Immediate(alice));
        var handler = harness.Get<SendAlertsHandler>();
        await handler.HandleAsync(Open(harness, SeedFindings.Chongchuan2016), default);
        var fixedOnes = SeedFindings.Chongchuan2016.Where(f => f.Rule is "sum.channels" or "completeness.blank-cell").ToList();
        var resolved = new AlertsMessage(SeedFindings.Chongchuan, 2016, [],
            fixedOnes.Select(f => _findings.Resolve(f, harness.Clock.GetUtcNow()).Key).ToList());

        var first = await handler.HandleAsync(resolved, default);
        var again = await handler.HandleAsync(resolved, default);

        Assert.Equal((1, 1), (first.Composed, first.Sent));
        Assert.Equal(0, again.Composed);
        var mails = await services.MailDev.WaitForAsync(alice, 2);
        Assert.Equal(2, mails.Count);
        var resolvedMail = Assert.Single(mails, m => m.Subject.Contains("已整改", StringComparison.Ordinal));
        Assert.StartsWith("【年报监测】2 项已整改：", resolvedMail.Subject);
        Assert.Contains("[已整改]", resolvedMail.Text);
        Assert.DoesNotContain("新发现", resolvedMail.Text);
    }

    [Fact]
    public async Task HandleAsync_ScriptAndCrLfInReportText_ArrivesEscapedWithIntactHeaders()
    {
        var alice = TestNames.Recipient("hostile");
        using var harness = await StartAsync(Immediate(alice));
        var hostile = new Finding("integrity.injected-spam", Severity.Error,
            "页面标题被篡改：<script>alert('x')</script>\r\nBcc: victim@evil.example",
            new Evidence(Sentences: ["<script>document.location='http://evil.example'</script>"],
                SourceUrl: "javascript:alert(1)"),
            "崇川区<script>alert(1)</script>\r\nBcc: victim@evil.example\r\nX-Injected: yes", 2016, "page");

        var summary = await harness.Get<SendAlertsHandler>().HandleAsync(Open(harness, [hostile]), default);

        Assert.Equal(1, summary.Sent);
        var mail = Assert.Single(await services.MailDev.WaitForAsync(alice, 1));
        Assert.False(mail.Headers.ContainsKey("x-injected"));
        Assert.False(mail.Headers.ContainsKey("bcc"));
        Assert.DoesNotContain('\n', mail.Subject);
        Assert.Contains("崇川区<script>alert(1)</script> Bcc: victim@evil.example X-Injected: yes", mail.Subject);
        Assert.DoesNotContain("<script", mail.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", mail.Html);
        Assert.DoesNotContain("href=\"javascript", mail.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await services.MailDev.ForAsync("victim@evil.example"));
    }

    [Fact]
    public async Task HandleAsync_DigestSubscriber_QueuesInsteadOfSending()
    {
        var carol = TestNames.Recipient("digest");
        using var harness = await StartAsync(new Subscription { Id = "d", Recipient = carol, Delivery = DeliveryMode.Digest });

        var summary = await harness.Get<SendAlertsHandler>().HandleAsync(Open(harness, SeedFindings.Chongchuan2016), default);

        Assert.Equal((0, 4, 0), (summary.Composed, summary.QueuedForDigest, summary.Sent));
        await Task.Delay(300);
        Assert.Empty(await services.MailDev.ForAsync(carol));
    }
}
