using System.Text.RegularExpressions;
using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Alerts.Unsubscribe;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Alerts.IntegrationTests.Integration;

[Collection(DevServicesCollection.Name)]
public sealed partial class UnsubscribeTests(DevServicesFixture services)
{
    private readonly InMemoryFindings _findings = new();

    [GeneratedRegex(@"token=([A-Za-z0-9_\-.%]+)")]
    private static partial Regex TokenInLink();

    private AlertsMessage Open(AlertsHarness harness, int take) => new(SeedFindings.Chongchuan, 2016,
        SeedFindings.Chongchuan2016.Take(take).Select(f => _findings.Open(f, harness.Clock.GetUtcNow()).Key).ToList(), []);

    [Fact]
    public async Task HandleAsync_LinkFromEmail_UnsubscribesAndNoFurtherEmail()
    {
        var alice = TestNames.Recipient("unsub");
        using var harness = await AlertsHarness.StartAsync(services.Storage, _findings);
        var subscriptions = harness.Get<SubscriptionStore>();
        await subscriptions.SaveAsync(new Subscription { Id = "a", Recipient = alice }, default);
        await subscriptions.SaveAsync(new Subscription { Id = "b", Recipient = alice, Delivery = DeliveryMode.Digest }, default);
        await harness.Get<SendAlertsHandler>().HandleAsync(Open(harness, 1), default);
        var mail = Assert.Single(await services.MailDev.WaitForAsync(alice, 1));
        var token = Uri.UnescapeDataString(TokenInLink().Match(mail.Text).Groups[1].Value);

        var result = await harness.Get<UnsubscribeHandler>().HandleAsync(token, default);
        var after = await harness.Get<SendAlertsHandler>().HandleAsync(Open(harness, 3), default);

        Assert.Equal(200, result.StatusCode);
        Assert.Contains(alice.ToLowerInvariant(), result.Html);
        Assert.All(await subscriptions.ListForRecipientAsync(alice, default), s => Assert.True(s.Unsubscribed));
        Assert.Equal((0, 0), (after.Composed, after.QueuedForDigest));
    }

    [Fact]
    public async Task HandleAsync_ForgedToken_RefusedAndStillSubscribed()
    {
        var alice = TestNames.Recipient("forged");
        using var harness = await AlertsHarness.StartAsync(services.Storage, _findings);
        var subscriptions = harness.Get<SubscriptionStore>();
        await subscriptions.SaveAsync(new Subscription { Id = "a", Recipient = alice }, default);
        var genuine = harness.Get<UnsubscribeTokens>().Create("someone-else@example.gov.cn");
        var forgedPayload = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("v1\n" + alice)).TrimEnd('=');

        var result = await harness.Get<UnsubscribeHandler>().HandleAsync($"{forgedPayload}.{genuine.Split('.')[1]}", default);

        Assert.Equal(400, result.StatusCode);
        Assert.False(Assert.Single(await subscriptions.ListForRecipientAsync(alice, default)).Unsubscribed);
    }

    [Fact]
    public async Task SeedAsync_DemoFileTwice_KeepsAnUnsubscribe()
    {
        using var harness = await AlertsHarness.StartAsync(services.Storage, _findings);
        var seeder = harness.Get<SubscriptionSeeder>();
        var path = Path.Combine(AppContext.BaseDirectory, "subscriptions.demo.json");
        Assert.Equal(2, await seeder.SeedAsync(path, default));
        var token = harness.Get<UnsubscribeTokens>().Create("officer@example.gov.cn");
        await harness.Get<UnsubscribeHandler>().HandleAsync(token, default);

        await seeder.SeedAsync(path, default);

        var all = await harness.Get<SubscriptionStore>().ListAsync(default).ToListAsync();
        Assert.Equal(2, all.Count);
        Assert.True(all.Single(s => s.Id == "demo-all").Unsubscribed);
        Assert.False(all.Single(s => s.Id == "demo-nantong-digest").Unsubscribed);
    }
}
