using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Alerts.IntegrationTests.Integration;

[Collection(DevServicesCollection.Name)]
public sealed class OutboxDeliveryTests(DevServicesFixture services)
{
    private readonly InMemoryFindings _findings = new();

    private async Task<AlertsHarness> StartAsync(string smtpHost, int smtpPort, int maxAttempts, params string[] recipients)
    {
        var harness = await AlertsHarness.StartAsync(services.Storage, _findings, smtpHost, smtpPort, maxAttempts);
        foreach (var r in recipients)
            await harness.Get<SubscriptionStore>().SaveAsync(new Subscription { Id = "all", Recipient = r }, default);
        return harness;
    }

    private AlertsMessage OpenSeeds(AlertsHarness harness) => new(SeedFindings.Chongchuan, 2016,
        SeedFindings.Chongchuan2016.Select(f => _findings.Open(f, harness.Clock.GetUtcNow()).Key).ToList(), []);

    [Fact]
    public async Task DispatchAsync_SmtpDownDuringRunThenUp_EveryEmailDeliveredExactlyOnce()
    {
        using var smtp = new PrivateMailDev();
        string[] recipients = [TestNames.Recipient("down1"), TestNames.Recipient("down2"), TestNames.Recipient("down3")];
        using var run = await StartAsync("127.0.0.1", smtp.SmtpPort, maxAttempts: 5, recipients);

        var during = await run.Get<SendAlertsHandler>().HandleAsync(OpenSeeds(run), default);
        await smtp.StartAsync();
        using var restarted = run.WithSmtp("127.0.0.1", smtp.SmtpPort);
        var afterRestart = await restarted.Get<OutboxDispatcher>().DispatchAsync(default);
        var again = await restarted.Get<OutboxDispatcher>().DispatchAsync(default);
        using var privateMail = new MailDevClient(smtp.WebUrl);
        var arrived = new List<IReadOnlyList<ReceivedMail>>();
        foreach (var recipient in recipients)
            arrived.Add(await privateMail.WaitForAsync(recipient, 1));
        smtp.Stop();
        var whileStoppedAgain = await restarted.Get<OutboxDispatcher>().DispatchAsync(default);

        Assert.Equal((3, 0, 3), (during.Composed, during.Sent, during.Delivery.Retrying));
        Assert.Equal(3, afterRestart.Sent);
        Assert.Equal((0, 0), (again.Sent, again.Retrying));
        Assert.Equal((0, 0), (whileStoppedAgain.Sent, whileStoppedAgain.Retrying));
        Assert.All(arrived, mails => Assert.Single(mails));
    }

    [Fact]
    public async Task DispatchAsync_ProcessDiedAfterClaim_RetriedOnceAfterLeaseExpires()
    {
        var alice = TestNames.Recipient("crash");
        using var harness = await StartAsync(DevServices.SmtpHost, DevServices.SmtpPort, 5, alice);
        var store = harness.Get<OutboxStore>();
        var handler = harness.Get<SendAlertsHandler>();
        using var dead = harness.WithSmtp("127.0.0.1", PrivateMailDev.FreePort());
        // The "dead" process composes the email; its claim is left behind as if it died before sending.
        await dead.Get<SendAlertsHandler>().HandleAsync(OpenSeeds(harness), default);
        var entry = Assert.Single(await store.ListAsync(OutboxStatus.Pending, default).ToListAsync());
        var claim = entry with { Status = OutboxStatus.Sending, LeaseUntil = harness.Clock.GetUtcNow().AddSeconds(30) };
        Assert.True(await store.TryUpdateAsync(claim, default));

        var duringLease = await harness.Get<OutboxDispatcher>().DispatchAsync(default);
        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        var afterLease = await harness.Get<OutboxDispatcher>().DispatchAsync(default);
        var redelivered = await handler.HandleAsync(OpenSeeds(harness), default);

        Assert.Equal(0, duringLease.Sent);
        Assert.Equal(1, afterLease.Sent);
        Assert.Equal((0, 0), (redelivered.Composed, redelivered.Sent));
        var mail = Assert.Single(await services.MailDev.WaitForAsync(alice, 1));
        Assert.Equal(entry.MessageId.Trim('<', '>'), mail.MessageId);
        Assert.Equal(OutboxStatus.Sent, (await store.GetAsync(entry.Id, default))!.Status);
    }

    [Fact]
    public async Task DispatchAsync_SmtpNeverAnswers_StaysFailedWithErrorAfterMaxAttempts()
    {
        var alice = TestNames.Recipient("failed");
        using var harness = await StartAsync("127.0.0.1", PrivateMailDev.FreePort(), maxAttempts: 2, alice);
        var dispatcher = harness.Get<OutboxDispatcher>();

        var first = await harness.Get<SendAlertsHandler>().HandleAsync(OpenSeeds(harness), default);
        var second = await dispatcher.DispatchAsync(default);
        var third = await dispatcher.DispatchAsync(default);

        Assert.Equal((1, 0), (first.Delivery.Retrying, first.Failed));
        Assert.Equal(0, second.Retrying);
        var failure = Assert.Single(second.Failed);
        Assert.Equal((alice, 2), (failure.Recipient, failure.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(failure.LastError));
        Assert.Equal((0, 0), (third.Sent, third.Retrying));
        Assert.Equal(2, Assert.Single(third.Failed).Attempts);
    }
}
