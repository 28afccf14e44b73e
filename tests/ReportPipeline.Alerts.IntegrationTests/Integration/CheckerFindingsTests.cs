using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Checks;
using ReportPipeline.Checks.Storage;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Alerts.IntegrationTests.Integration;

/// <summary>The checker's real Findings table (TableFindingsRepository) feeding alerts, with real seed findings.</summary>
[Collection(DevServicesCollection.Name)]
public sealed class CheckerFindingsTests(DevServicesFixture services)
{
    [Fact]
    public async Task HandleAsync_CheckerAppliesSeedThenFixedReport_NewThenOneResolvedEmail()
    {
        var clock = new ManualClock(new DateTimeOffset(2017, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var table = TestNames.Table("Findings");
        await services.Storage.Tables.CreateIfNotExistsAsync(table);
        var repository = new TableFindingsRepository(services.Storage.Tables, clock,
            Microsoft.Extensions.Options.Options.Create(new CheckerOptions { FindingsTable = table }));
        using var harness = await AlertsHarness.StartAsync(services.Storage, repository);
        var officer = TestNames.Recipient("checker");
        await harness.Get<SubscriptionStore>().SaveAsync(new Subscription { Id = "all", Recipient = officer }, default);
        var findings = await CheckedSeeds.FindingsAsync("002");
        var (agency, year) = (findings[0].Agency, findings[0].ReportYear);
        var handler = harness.Get<SendAlertsHandler>();

        var opened = await repository.ApplyAsync(agency, year, findings, FindingScope.Report);
        var first = await handler.HandleAsync(new AlertsMessage(agency, year, opened.Opened, opened.Resolved), default);
        var unchanged = await repository.ApplyAsync(agency, year, findings, FindingScope.Report);
        var cleaned = findings.Where(f => !f.Rule.StartsWith("integrity.", StringComparison.Ordinal)).ToList();
        var fixedReport = await repository.ApplyAsync(agency, year, cleaned, FindingScope.Report);
        var second = await handler.HandleAsync(new AlertsMessage(agency, year, fixedReport.Opened, fixedReport.Resolved), default);

        Assert.False(unchanged.Any);
        Assert.Equal((1, 1), (first.Composed, first.Sent));
        Assert.Equal((1, 1), (second.Composed, second.Sent));
        var mails = await services.MailDev.WaitForAsync(officer, 2);
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Subject.StartsWith("【年报监测】3 项错误、1 项警告：", StringComparison.Ordinal));
        var resolved = Assert.Single(mails, m => m.Subject.StartsWith("【年报监测】1 项已整改：", StringComparison.Ordinal));
        Assert.Contains("integrity.injected-spam", resolved.Text);
    }
}
