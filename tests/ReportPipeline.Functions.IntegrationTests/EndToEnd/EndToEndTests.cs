using ReportPipeline.Core.Findings;
using ReportPipeline.Functions.IntegrationTests.Fixtures;

namespace ReportPipeline.Functions.IntegrationTests.EndToEnd;

/// <summary>
/// crawl → raw blob → ParseReport → tables → CheckReport → Findings → SendAlerts → SMTP (maildev), through the
/// custom handler and the local host, on a private Azurite; then a second run that must change nothing.
/// </summary>
public sealed class EndToEndTests(PrivateAzurite azurite) : IClassFixture<PrivateAzurite>
{
    [Fact]
    public async Task HostOnce_DemoPortal_ReachesMaildevAndSecondRunAddsNothing()
    {
        var recipient = $"{TestEnvironment.Unique("e2e-")}@example.test";
        var subscriptions = DemoRun.WriteSubscriptions(recipient);
        var demoPort = FreePort.Next();

        var first = await DemoRun.RunOnceAsync(azurite.ConnectionString, demoPort, subscriptions);

        Assert.Empty(first.PoisonedThisRun);
        Assert.Equal(1, first.PortalsCrawled);
        Assert.True(first.ReportsParsedThisRun >= 5, $"parsed {first.ReportsParsedThisRun}");
        Assert.True(first.ReportsStored >= 5, $"stored {first.ReportsStored}");
        Assert.True(first.OpenFindings(Severity.Error) > 0, "no error findings stored");
        Assert.True(first.EmailsSent >= 1, "no email sent");
        var emails = await Maildev.CountForAsync(recipient);
        Assert.True(emails >= 1, $"maildev has {emails} email(s) for {recipient}");

        var second = await DemoRun.RunOnceAsync(azurite.ConnectionString, demoPort, subscriptions);

        Assert.Empty(second.PoisonedThisRun);
        Assert.Equal(0, second.NewRawBlobs);
        Assert.Equal(first.ReportsStored, second.ReportsStored);
        Assert.Equal(first.Stores.OpenFindings, second.Stores.OpenFindings);
        Assert.Equal(first.EmailsSent, second.EmailsSent);
        Assert.Equal(emails, await Maildev.CountForAsync(recipient));
        File.Delete(subscriptions);
    }
}
