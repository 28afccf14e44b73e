using ReportPipeline.Checks.Storage;
using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Tests;

[Collection(AzuriteCollection.Name)]
public class FindingsStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset _start = new(2022, 6, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ApplyAsync_NewFindings_OpensThemWithFirstSeen()
    {
        var store = await StoreHarness.CreateAsync(azurite, _start);
        var findings = Findings(Agency());

        var changes = await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);

        Assert.Equal(findings.Select(f => f.Key).Order(), changes.Opened.Order());
        Assert.Empty(changes.Resolved);
        var record = await store.Findings.GetAsync(findings[0].Key);
        Assert.NotNull(record);
        Assert.Equal(FindingStatus.Open, record.Status);
        Assert.Equal(_start, record.FirstSeen);
        Assert.Equal(findings[0], record.Finding with { Evidence = findings[0].Evidence });
        Assert.Equal(findings[0].Evidence.Arithmetic, record.Finding.Evidence.Arithmetic);
    }

    [Fact]
    public async Task ApplyAsync_UnchangedRecheck_WritesNothing()
    {
        var store = await StoreHarness.CreateAsync(azurite, _start);
        var findings = Findings(Agency());
        await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);
        var before = await Entity(store, findings[0]);
        store.Time.Now = _start.AddHours(2);

        var changes = await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);

        Assert.False(changes.Any);
        var after = await Entity(store, findings[0]);
        Assert.Equal(before.ETag, after.ETag);
    }

    [Fact]
    public async Task ApplyAsync_AfterRefreshInterval_UpdatesLastSeenOnly()
    {
        var store = await StoreHarness.CreateAsync(azurite, _start);
        var findings = Findings(Agency());
        await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);
        store.Time.Now = _start.AddDays(2);

        var changes = await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);

        Assert.False(changes.Any);
        var record = (await store.Findings.GetAsync(findings[0].Key))!;
        Assert.Equal(_start, record.FirstSeen);
        Assert.Equal(_start.AddDays(2), record.LastSeen);
    }

    [Fact]
    public async Task ApplyAsync_FixedReport_ResolvesWhatIsNoLongerProduced()
    {
        var store = await StoreHarness.CreateAsync(azurite, _start);
        var findings = Findings(Agency());
        await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);
        store.Time.Now = _start.AddDays(1);

        var changes = await store.Findings.ApplyAsync(findings[0].Agency, 2021, [findings[1]], FindingScope.Report);

        Assert.Equal([findings[0].Key], changes.Resolved);
        Assert.Empty(changes.Opened);
        var record = (await store.Findings.GetAsync(findings[0].Key))!;
        Assert.Equal(FindingStatus.Resolved, record.Status);
        Assert.Equal(_start.AddDays(1), record.ResolvedAt);
        var open = await store.Findings.ListAsync(findings[0].Agency, 2021, FindingStatus.Open).ToListAsync();
        Assert.Equal(findings[1].Key, Assert.Single(open).Key);
    }

    [Fact]
    public async Task ApplyAsync_ProblemReturns_ReopensKeepingFirstSeen()
    {
        var store = await StoreHarness.CreateAsync(azurite, _start);
        var findings = Findings(Agency());
        await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);
        await store.Findings.ApplyAsync(findings[0].Agency, 2021, [], FindingScope.Report);
        store.Time.Now = _start.AddDays(3);

        var changes = await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);

        Assert.Equal(findings.Select(f => f.Key).Order(), changes.Opened.Order());
        var record = (await store.Findings.GetAsync(findings[0].Key))!;
        Assert.Equal((FindingStatus.Open, _start, (DateTimeOffset?)null), (record.Status, record.FirstSeen, record.ResolvedAt));
    }

    [Fact]
    public async Task ApplyAsync_MissingScope_LeavesReportFindingsAlone()
    {
        var store = await StoreHarness.CreateAsync(azurite, _start);
        var findings = Findings(Agency());
        await store.Findings.ApplyAsync(findings[0].Agency, 2021, findings, FindingScope.Report);

        var changes = await store.Findings.ApplyAsync(findings[0].Agency, 2021, [], FindingScope.Missing);

        Assert.False(changes.Any);
        Assert.Equal(2, await store.Findings.ListAsync(findings[0].Agency, 2021, FindingStatus.Open).CountAsync());
    }

    [Fact]
    public async Task ApplyAsync_HugeEvidence_IsCappedToFitOneProperty()
    {
        var store = await StoreHarness.CreateAsync(azurite, _start);
        var agency = Agency();
        var huge = new Finding("copy.peer", Severity.Warning, "重复", new Evidence(
            Sentences: Enumerable.Range(0, 400).Select(i => new string('文', 200) + i).ToArray()), agency, 2021, "copy:peer:x");

        await store.Findings.ApplyAsync(agency, 2021, [huge], FindingScope.Report);

        var record = (await store.Findings.GetAsync(huge.Key))!;
        Assert.True(record.Finding.Evidence.Sentences!.Count <= 10);
        Assert.Contains("truncated", record.Finding.Evidence.Facts!.Keys);
    }

    [Fact]
    public async Task ListAsync_ByYearAndStatus_FiltersAcrossAgencies()
    {
        var store = await StoreHarness.CreateAsync(azurite, _start);
        var (a, b) = (Findings(Agency()), Findings(Agency()));
        await store.Findings.ApplyAsync(a[0].Agency, 2021, a, FindingScope.Report);
        await store.Findings.ApplyAsync(b[0].Agency, 2021, b, FindingScope.Report);
        await store.Findings.ApplyAsync(b[0].Agency, 2021, [b[0]], FindingScope.Report);

        var resolved = await store.Findings.ListAsync(reportYear: 2021, status: FindingStatus.Resolved).ToListAsync();
        var ofA = await store.Findings.ListAsync(agency: a[0].Agency).ToListAsync();

        Assert.Equal(b[1].Key, Assert.Single(resolved).Key);
        Assert.Equal(2, ofA.Count);
    }

    private static string Agency() => "测试机关" + Guid.NewGuid().ToString("N")[..8];

    private static Finding[] Findings(string agency) =>
    [
        new("sum.total", Severity.Error, "合计不符", new Evidence(Arithmetic: "1 + 2 = 3 < 4",
            Cells: new Dictionary<string, string> { ["stats2008.org.staff"] = "4" }), agency, 2021, "stats2008.org.staff", "r1"),
        new("integrity.injected-spam", Severity.Error, "疑似被植入", new Evidence(Sentences: ["bt365在线投注"]), agency, 2021, "page", "r1"),
    ];

    private static async Task<Core.Storage.TableEntity> Entity(StoreHarness store, Finding finding) =>
        (await store.Azurite.Clients.Tables.GetAsync(store.Options.Value.FindingsTable,
            FindingKey.PartitionKey(finding.Agency, finding.ReportYear), FindingKey.RowKey(finding.Rule, finding.Location)))!;
}
