using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Checks.Tests;

[Collection(AzuriteCollection.Name)]
public class DeadlineSweepTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HandleAsync_NoReportAfterDeadlineAndGrace_RaisesMissingOncePerYear()
    {
        var agency = HandlerTests.Agency();
        // Department: deadline 2022-01-31, grace 7 days → overdue from 2022-02-08 (Shanghai).
        var store = await StoreHarness.CreateAsync(azurite, new DateTimeOffset(2022, 2, 8, 1, 0, 0, TimeSpan.Zero), Portal(agency, 2021));

        var first = await store.Sweep.HandleAsync();
        var second = await store.Sweep.HandleAsync();

        Assert.Equal((1, 1, 0, 1), (first.AgencyYearsChecked, first.Opened, first.Resolved, first.AlertsSent));
        Assert.Equal((1, 0, 0, 0), (second.AgencyYearsChecked, second.Opened, second.Resolved, second.AlertsSent));
        var alert = Assert.Single(await store.DrainAlertsAsync());
        var record = (await store.Findings.GetAsync(Assert.Single(alert.Opened)))!;
        Assert.Equal(("missing.report", Severity.Error, 2021), (record.Finding.Rule, record.Finding.Severity, record.Finding.ReportYear));
        Assert.Equal("2022-01-31", record.Finding.Evidence.Facts!["deadline"]);
    }

    [Fact]
    public async Task HandleAsync_WithinGrace_RaisesNothing()
    {
        var agency = HandlerTests.Agency();
        var store = await StoreHarness.CreateAsync(azurite, new DateTimeOffset(2022, 2, 7, 1, 0, 0, TimeSpan.Zero), Portal(agency, 2021));

        var result = await store.Sweep.HandleAsync();

        Assert.Equal(0, result.AgencyYearsChecked);
        Assert.Empty(await store.Findings.ListAsync(agency).ToListAsync());
    }

    [Fact]
    public async Task HandleAsync_ReportArrives_ResolvesMissing()
    {
        var agency = HandlerTests.Agency();
        var store = await StoreHarness.CreateAsync(azurite, new DateTimeOffset(2022, 3, 1, 1, 0, 0, TimeSpan.Zero), Portal(agency, 2021));
        await store.Sweep.HandleAsync();
        await store.DrainAlertsAsync();
        await store.Reports.SaveAsync(Reports.Clean2021(agency: agency), "p/late.html");

        var result = await store.Sweep.HandleAsync();

        Assert.Equal(1, result.Resolved);
        Assert.Single(Assert.Single(await store.DrainAlertsAsync()).Resolved);
        Assert.Empty(await store.Findings.ListAsync(agency, 2021, FindingStatus.Open).ToListAsync());
    }

    [Fact]
    public async Task CheckReport_ArrivingReport_ResolvesMissingAtOnce()
    {
        var agency = HandlerTests.Agency();
        var store = await StoreHarness.CreateAsync(azurite, new DateTimeOffset(2022, 3, 1, 1, 0, 0, TimeSpan.Zero), Portal(agency, 2021));
        await store.Sweep.HandleAsync();
        var report = Reports.Clean2021(agency: agency);
        await store.Reports.SaveAsync(report, "p/r.html");

        var changes = await store.Check.HandleAsync(new(report.ReportId, agency, 2021, "pk", "rk", "p/r.html"));

        Assert.Contains(changes.Resolved, k => k.Contains("missing.report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_AgencyWithLastReportYear_NoMissingForLaterYears()
    {
        var agency = HandlerTests.Agency();
        var portal = Portal(agency, 2019) with
        {
            ExpectedAgencies = [new ExpectedAgency(agency, AgencyLevel.Department, 2019) { LastReportYear = 2019 }],
        };
        var store = await StoreHarness.CreateAsync(azurite, new DateTimeOffset(2023, 6, 1, 1, 0, 0, TimeSpan.Zero), portal);

        var result = await store.Sweep.HandleAsync();

        Assert.Equal((1, 1), (result.AgencyYearsChecked, result.Opened));
        var open = await store.Findings.ListAsync(agency).ToListAsync();
        Assert.Equal(2019, Assert.Single(open).Finding.ReportYear);
    }

    private static PortalDefinition Portal(string agency, int firstYear) => new()
    {
        Id = "p" + Guid.NewGuid().ToString("N")[..6],
        Agency = "某市人民政府",
        ListPages = ["https://example.gov.cn/xxgk/nb/"],
        ExpectedAgencies = [new ExpectedAgency(agency, AgencyLevel.Department, firstYear)],
    };
}
