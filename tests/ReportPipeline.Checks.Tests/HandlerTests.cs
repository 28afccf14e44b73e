using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Checks.Handlers;
using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Tests;

[Collection(AzuriteCollection.Name)]
public class HandlerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset _now = new(2022, 6, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task HandleAsync_ReportWithProblems_StoresFindingsAndSendsOneAlert()
    {
        var store = await StoreHarness.CreateAsync(azurite, _now);
        var report = Broken(Agency());
        var message = await SaveAsync(store, report);

        var changes = await store.Check.HandleAsync(message);

        Assert.Contains(changes.Opened, k => k.Contains("sum.total", StringComparison.Ordinal));
        var alert = Assert.Single(await store.DrainAlertsAsync());
        Assert.Equal((report.Agency, 2021, report.ReportId), (alert.Agency, alert.ReportYear, alert.ReportId));
        Assert.Equal(changes.Opened.Order(), alert.Opened.Order());
        var stored = await store.Findings.ListAsync(report.Agency, 2021, FindingStatus.Open).ToListAsync();
        Assert.Contains(stored, r => r.Finding.Rule == "sum.total" && r.Finding.ReportId == report.ReportId);
    }

    [Fact]
    public async Task HandleAsync_SameReportTwice_NoChangeAndNoSecondAlert()
    {
        var store = await StoreHarness.CreateAsync(azurite, _now);
        var message = await SaveAsync(store, Broken(Agency()));
        await store.Check.HandleAsync(message);
        await store.DrainAlertsAsync();

        var again = await store.Check.HandleAsync(message);

        Assert.False(again.Any);
        Assert.Empty(await store.DrainAlertsAsync());
    }

    [Fact]
    public async Task HandleAsync_CorrectedReportPublished_ResolvesAndAlerts()
    {
        var store = await StoreHarness.CreateAsync(azurite, _now);
        var agency = Agency();
        await store.Check.HandleAsync(await SaveAsync(store, Broken(agency)));
        await store.DrainAlertsAsync();

        var changes = await store.Check.HandleAsync(await SaveAsync(store, Reports.Clean2021(agency: agency)));

        Assert.Empty(changes.Opened);
        Assert.NotEmpty(changes.Resolved);
        Assert.Equal(changes.Resolved.Order(), Assert.Single(await store.DrainAlertsAsync()).Resolved.Order());
        Assert.Empty(await store.Findings.ListAsync(agency, 2021, FindingStatus.Open).ToListAsync());
    }

    [Fact]
    public async Task HandleAsync_ParseFailure_RecordsUnreadableWithReason()
    {
        var store = await StoreHarness.CreateAsync(azurite, _now);
        var agency = Agency();
        var message = new CheckReportMessage("deadbeef", agency, 2021, "pk", "rk", "portal/deadbeef.pdf", "扫描件PDF，无文字层");

        var changes = await store.Check.HandleAsync(message);

        var record = (await store.Findings.GetAsync(Assert.Single(changes.Opened)))!;
        Assert.Equal("completeness.unreadable", record.Finding.Rule);
        Assert.Equal("扫描件PDF，无文字层", record.Finding.Evidence.Facts!["reason"]);
        Assert.Equal("portal/deadbeef.pdf", record.Finding.Evidence.Facts["rawBlob"]);
    }

    [Fact]
    public async Task HandleAsync_PreviousYearStored_RunsCrossYearRules()
    {
        var store = await StoreHarness.CreateAsync(azurite, _now);
        var agency = Agency();
        await store.Reports.SaveAsync(Reports.Clean2021(2020, agency, c => c["applications.carriedForward.total"] = "7"), "p/a.html");
        var message = await SaveAsync(store, Reports.Clean2021(agency: agency));

        await store.Check.HandleAsync(message);

        var open = await store.Findings.ListAsync(agency, 2021, FindingStatus.Open).ToListAsync();
        Assert.Contains(open, r => r.Finding.Rule == "cross-year.carry-over");
    }

    [Fact]
    public async Task HandleAsync_LateUnderPortalOverride_UsesOverride()
    {
        var agency = Agency();
        var portal = new PortalDefinition
        {
            Id = "portalx", Agency = agency,
            DeadlineOverrides = [new DeadlineOverride(2, 20, null, 2019, "区政务公开办通知")],
        };
        var store = await StoreHarness.CreateAsync(azurite, _now, portal);
        var report = Reports.Clean2021(agency: agency) with
        {
            PublishedOn = new DateSignal(new DateOnly(2022, 3, 1), DateEvidenceKind.PageDate, "发布时间:2022-03-01"),
        };
        await store.Reports.SaveAsync(report, "portalx/abc.html");

        await store.Check.HandleAsync(Message(report, "portalx/abc.html"));

        var late = Assert.Single(await store.Findings.ListAsync(agency, 2021, FindingStatus.Open).ToListAsync());
        Assert.Equal("deadline.late", late.Finding.Rule);
        Assert.Equal("区政务公开办通知", late.Finding.Evidence.Facts!["deadlineSource"]);
    }

    [Fact]
    public async Task HandleAsync_AlertSendFailsAfterCheck_RetryDeliversTheAlertOnce()
    {
        var store = await StoreHarness.CreateAsync(azurite, _now);
        var missingQueue = Microsoft.Extensions.Options.Options.Create(new CheckerOptions
        {
            FindingsTable = store.Options.Value.FindingsTable,
            AlertsQueue = AzuriteFixture.UniqueQueue(),
        });
        var handler = new CheckReportHandler(store.Repository, store.Findings, azurite.Clients.Queues,
            new ReportChecker(missingQueue.Value), store.Time, missingQueue, NullLogger<CheckReportHandler>.Instance);
        var message = await SaveAsync(store, Broken(Agency()));

        await Assert.ThrowsAsync<StorageException>(() => handler.HandleAsync(message));
        await azurite.Clients.Queues.CreateIfNotExistsAsync(missingQueue.Value.AlertsQueue);
        var retry = await handler.HandleAsync(message);
        var again = await handler.HandleAsync(message);

        Assert.False(retry.Any);
        Assert.False(again.Any);
        var delivered = await azurite.Clients.Queues.ReceiveAsync(missingQueue.Value.AlertsQueue, 32, TimeSpan.FromMinutes(1));
        var alert = PipelineJson.Deserialize<AlertsMessage>(Assert.Single(delivered).Text);
        Assert.Contains(alert.Opened, k => k.Contains("sum.total", StringComparison.Ordinal));
        Assert.NotEmpty(await store.Findings.ListAsync(message.Agency, 2021, FindingStatus.Open).ToListAsync());
    }

    internal static string Agency() => "测试局" + Guid.NewGuid().ToString("N")[..8];

    private static ParsedReport Broken(string agency) =>
        Reports.Clean2021(agency: agency, edit: c => { c["applications.disclosed.natural"] = "6"; c["applications.disclosed.total"] = "6"; });

    private static async Task<CheckReportMessage> SaveAsync(StoreHarness store, ParsedReport report)
    {
        var blob = $"portal/{report.ReportId}.html";
        await store.Reports.SaveAsync(report, blob);
        return Message(report, blob);
    }

    private static CheckReportMessage Message(ParsedReport report, string blob) =>
        new(report.ReportId, report.Agency!, report.ReportYear!.Value, "pk", "rk", blob);
}
