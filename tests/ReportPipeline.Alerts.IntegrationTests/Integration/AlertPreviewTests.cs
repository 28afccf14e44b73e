using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Alerts.Subscriptions;

namespace ReportPipeline.Alerts.IntegrationTests.Integration;

[Collection(DevServicesCollection.Name)]
public sealed class AlertPreviewTests(DevServicesFixture services)
{
    [Fact]
    public async Task RenderAsync_OpenFindings_RendersWithoutSendingOrRecording()
    {
        var findings = new InMemoryFindings();
        var alice = TestNames.Recipient("preview");
        var bob = TestNames.Recipient("preview-other");
        using var harness = await AlertsHarness.StartAsync(services.Storage, findings);
        await harness.Get<SubscriptionStore>().SaveAsync(new Subscription { Id = "a", Recipient = alice }, default);
        await harness.Get<SubscriptionStore>().SaveAsync(new Subscription { Id = "b", Recipient = bob }, default);
        foreach (var finding in SeedFindings.All)
            findings.Open(finding, harness.Clock.GetUtcNow());

        var preview = await harness.Get<AlertPreview>().RenderAsync(alice, default);
        var again = await harness.Get<AlertPreview>().RenderAsync(null, default);

        var email = Assert.Single(preview.Emails);
        Assert.Equal(alice.ToLowerInvariant(), email.Recipient);
        Assert.Contains($"To: {alice.ToLowerInvariant()}", preview.Text);
        Assert.Contains("3 项错误、3 项警告", preview.Text);
        Assert.StartsWith("<!DOCTYPE html>", preview.Html());
        Assert.Equal(2, again.Emails.Count);
        Assert.Empty(await harness.Get<OutboxStore>().ListAsync(OutboxStatus.Pending, default).ToListAsync());
        await Task.Delay(200);
        Assert.Empty(await services.MailDev.ForAsync(alice));
    }
}
