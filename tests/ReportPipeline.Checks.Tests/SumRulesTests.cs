using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Findings;
using static ReportPipeline.Checks.Tests.Support.Reports;

namespace ReportPipeline.Checks.Tests;

public class SumRulesTests
{
    [Fact]
    public void Check_CleanBaselines_ProduceNoFindingAtAll()
    {
        Assert.Empty(Check.Run(Clean2021()));
        Assert.Empty(Check.Run(CleanNarrative()));
    }

    [Fact]
    public void Check_ChannelsBelowTotal_ReportsBothSidesAndArithmetic()
    {
        var finding = Assert.Single(Check.Run(RuleCases.WithStats(CleanNarrative(), RuleCases.Channels(13100))).Rule("sum.channels"));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("0 + 9540 + 0 + 360 + 410 = 10310 < 13100", finding.Evidence.Arithmetic);
        Assert.Equal("9540", finding.Evidence.Cells![Stats2008Rows.CellId(Stats2008Rows.ChannelWebsite)]);
        Assert.Contains("10310 < 13100", finding.Message, StringComparison.Ordinal);
        Assert.Equal("https://example.gov.cn/report.html", finding.Evidence.SourceUrl);
    }

    [Fact]
    public void Check_IdentityBroken_NamesTheColumn()
    {
        var findings = Check.Run(Clean2021(edit: c => { c["applications.new.natural"] = "11"; c["applications.new.total"] = "11"; }));

        var locations = findings.Rule("sum.identity").Select(f => f.Location).Order().ToArray();
        Assert.Equal(["applications.identity.natural", "applications.identity.total"], locations);
        Assert.Contains(findings.Rule("sum.identity"), f => f.Evidence.Arithmetic == "11 + 2 = 13 > 10 + 2 = 12");
    }

    [Fact]
    public void Check_BlankContributor_RefusesToConcludeAndListsIt()
    {
        var findings = Check.Run(Clean2021(edit: c => { c["applications.partial.natural"] = "/"; c["applications.partial.total"] = "10"; }));

        Assert.DoesNotContain(findings, f => f.Rule.StartsWith("sum.", StringComparison.Ordinal) && f.Location.EndsWith(".natural", StringComparison.Ordinal));
        var incomplete = findings.Rule("completeness.identity-incomplete");
        Assert.Equal(["applications.results", "applications.row"], incomplete.Select(f => f.Location).Order());
        Assert.All(incomplete, f => Assert.Equal("applications.partial.natural", f.Evidence.Facts!["missing"]));
        Assert.DoesNotContain(findings, f => f.Rule == "completeness.blank-cell");
    }

    [Fact]
    public void Check_ApproximateCells_AtMostWarning()
    {
        var report = RuleCases.WithStats(CleanNarrative(),
            (Stats2008Rows.StaffTotal, "约9"), (Stats2008Rows.StaffFullTime, "1"), (Stats2008Rows.StaffPartTime, "4"));

        var finding = Assert.Single(Check.Run(report).Rule("sum.total"));

        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Check_ApproximateWithinTolerance_NoFinding()
    {
        var report = RuleCases.WithStats(CleanNarrative(),
            (Stats2008Rows.StaffTotal, "约100"), (Stats2008Rows.StaffFullTime, "40"), (Stats2008Rows.StaffPartTime, "58"));

        Assert.Empty(Check.Run(report).Rule("sum.total"));
    }

    [Fact]
    public void Check_ReviewGroupTotalWrong_ReportsThatGroup()
    {
        var finding = Assert.Single(Check.Run(Clean2021(edit: c => c["review.litigationDirect.total"] = "3")).Rule("sum.total"));

        Assert.Equal("review.litigationDirect.total", finding.Location);
        Assert.Equal("3 > 2 + 0 + 0 + 0 = 2", finding.Evidence.Arithmetic);
    }
}
