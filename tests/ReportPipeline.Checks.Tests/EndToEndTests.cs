using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;
using ReportPipeline.Parsing.Storage;

namespace ReportPipeline.Checks.Tests;

/// <summary>Seed 002 through the real parser, the parser's real report store and the checker's store, in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public class EndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HandleAsync_Seed002StoredByParser_StoresItsFindingsOnceAndAlertsOnce()
    {
        await azurite.Clients.EnsureProvisionedAsync();
        var store = await StoreHarness.CreateAsync(azurite, new DateTimeOffset(2022, 6, 1, 2, 0, 0, TimeSpan.Zero),
            time => new TableParsedReportRepository(azurite.Clients.Tables, azurite.Clients.Blobs, time));
        var agency = "崇川区" + Guid.NewGuid().ToString("N")[..8];
        // A unique agency and id keep the shared Reports table and parsed container free of collisions.
        var report = (await Seeds.ParseAsync("002")) with { Agency = agency, ReportId = Guid.NewGuid().ToString("N") };
        var entry = await store.Repository.SaveAsync(report, $"e2e/{report.ReportId}.txt");
        var message = new CheckReportMessage(report.ReportId, agency, 2016, "pk", "rk", entry.RawBlobName);

        var first = await store.Check.HandleAsync(message);
        var second = await store.Check.HandleAsync(message);

        var rules = (await store.Findings.ListAsync(agency, 2016, FindingStatus.Open).ToListAsync())
            .Select(r => r.Finding.Rule).Order().ToArray();
        // The shared Reports table may hold other copies of seed 002 (other tests, other runs): copy.peer then fires,
        // rightly. Everything else is exactly DOMAIN.md §5.
        Assert.Equal(["completeness.blank-cell", "integrity.injected-spam", "sum.channels", "text-table.mismatch"],
            rules.Where(r => r != "copy.peer"));
        Assert.Equal(rules.Length, first.Opened.Count);
        Assert.False(second.Any);
        var alert = Assert.Single(await store.DrainAlertsAsync());
        Assert.Equal(first.Opened.Order(), alert.Opened.Order());
    }
}
