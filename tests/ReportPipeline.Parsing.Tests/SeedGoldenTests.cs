using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Tests;

/// <summary>The five seed reports: identity, format, sections as announced, and the whole model pinned as JSON.</summary>
public class SeedGoldenTests
{
    [Theory]
    [InlineData("000", "常州市钟楼区人民政府", AgencyLevel.Government, 2016, ReportFormat.Narrative2008, 6, 6)]
    [InlineData("001", "常州市人民政府办公室", AgencyLevel.Government, 2021, ReportFormat.Standard2021, 6, 6)]
    [InlineData("002", "崇川区人民政府", AgencyLevel.Government, 2016, ReportFormat.Narrative2008, 6, 0)]
    [InlineData("003", "江苏省金坛经济开发区管理委员会", AgencyLevel.Other, 2017, ReportFormat.Narrative2008, 3, 0)]
    [InlineData("004", "常德经开区", AgencyLevel.Other, 2015, ReportFormat.Narrative2008, 7, 7)]
    public async Task ParseAsync_Seed_MatchesIdentityFormatSectionsAndGolden(string seed, string agency, AgencyLevel level,
        int year, ReportFormat format, int topSections, int announced)
    {
        var report = await ParserFixture.ParseSeedAsync(seed);

        Assert.Equal(agency, report.Agency);
        Assert.Equal(level, report.AgencyLevel);
        Assert.Equal(year, report.ReportYear);
        Assert.Equal(format, report.Format);
        Assert.Equal(topSections, report.Sections.Count(s => s.Level == 1));
        Assert.Equal(announced, report.AnnouncedSections.Count);
        Assert.Equal(ParserVersion.Current, report.ParserVersion);
        GoldenFile.AssertMatches($"seed-{seed}", report);
    }

    [Fact]
    public async Task ParseAsync_Seed001_ReadsEveryCellOfTheThreeTables()
    {
        var report = await ParserFixture.ParseSeedAsync("001");
        var cells = report.Tables.SelectMany(t => t.Cells).ToDictionary(c => c.Key, c => c.Value.Value);

        Assert.Equal(["active", "applications", "review"], report.Tables.Select(t => t.Kind));
        Assert.Equal(10 + 25 * 7 + 15, cells.Count);
        Assert.Equal(92m, cells["applications.new.total"]);
        Assert.Equal(83m, cells["applications.new.natural"]);
        Assert.Equal(3m, cells["applications.carriedOver.total"]);
        Assert.Equal(91m, cells["applications.total.total"]);
        Assert.Equal(4m, cells["applications.carriedForward.total"]);
        Assert.Equal(2m, cells["applications.refused.1.research"] + cells["applications.refused.1.welfare"]);
        Assert.Equal(38m, cells["applications.unavailable.1.total"]);
        Assert.Equal(17m, cells["applications.other.3.total"]);
        Assert.Equal(7m, cells["active.normativeDocs.issued"]);
        Assert.Equal(81m, cells["active.normativeDocs.current"]);
        Assert.Equal(15m, cells["active.rules.current"]);
        Assert.Equal(8m, cells["review.reconsideration.total"]);
        Assert.Equal(6m, cells["review.reconsideration.upheld"]);
        Assert.Equal(4m, cells["review.litigationDirect.total"]);
        Assert.Equal(1m, cells["review.litigationAfterReview.upheld"]);
        Assert.Equal(5m, report.Metrics[MetricIds.LitigationTotal].Value);
    }

    [Fact]
    public async Task ParseAsync_Seed002_ReadsThe2008TableWithBlankBudgetAndChrome()
    {
        var report = await ParserFixture.ParseSeedAsync("002");
        var table = Assert.Single(report.Tables);
        decimal? Cell(string row) => table.Cells[Stats2008Rows.CellId(row)].Value;

        Assert.Equal(CanonicalTable.Stats2008, table.Kind);
        Assert.Equal(58, table.Cells.Count);
        Assert.Equal(13100m, Cell(Stats2008Rows.ProactiveTotal));
        Assert.Equal([0m, 9540m, 0m, 360m, 410m], new[] { Stats2008Rows.ChannelGazette, Stats2008Rows.ChannelWebsite,
            Stats2008Rows.ChannelWeibo, Stats2008Rows.ChannelWechat, Stats2008Rows.ChannelOther }.Select(r => Cell(r)!.Value));
        Assert.Equal(1m, Cell(Stats2008Rows.LitigationCorrected));
        Assert.Equal(0m, Cell(Stats2008Rows.LitigationOther));
        Assert.Equal(4m, Cell(Stats2008Rows.ReconsiderationCorrected));
        Assert.True(table.Cells[Stats2008Rows.CellId(Stats2008Rows.Budget)].IsMissing);
        Assert.Equal(new DateOnly(2017, 2, 22), report.PublishedOn?.Date);
        Assert.Equal(DateEvidenceKind.PageDate, report.PublishedOn?.Kind);
        Assert.Contains("您当前所在位置", report.ChromeText, StringComparison.Ordinal);
        Assert.Contains("版权所有", report.ChromeText, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", report.Text, StringComparison.Ordinal);
        Assert.Contains("bt365在线投注", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_Seed004_StripsResidueAndKeepsApproximateNarrative()
    {
        var report = await ParserFixture.ParseSeedAsync("004");

        Assert.DoesNotContain("[bookmark", report.Text, StringComparison.Ordinal);
        var consult = report.NarrativeNumbers.First(n => n.Value == 8000m);
        Assert.True(consult.Approximate);
        Assert.Equal("人次", consult.Unit);
        Assert.Contains("共接受市民咨询约8000人次", consult.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_Seed000_StatesNarrativeMetricsWithTheirSentence()
    {
        var report = await ParserFixture.ParseSeedAsync("000");

        Assert.Equal(8m, report.Metrics[MetricIds.ApplicationsNew].Value);
        Assert.Equal("narrative", report.Metrics[MetricIds.ApplicationsNew].Source);
        Assert.Contains("受理政府信息公开申请8件", report.Metrics[MetricIds.ApplicationsNew].Evidence, StringComparison.Ordinal);
        Assert.Equal(876m, report.Metrics[MetricIds.ProactiveTotal].Value);
        Assert.Equal(new DateOnly(2016, 12, 31), report.StatisticsPeriod?.To);
        Assert.Null(report.PublishedOn);
    }
}
