using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Tests;

/// <summary>DOMAIN.md §5: the known findings of the five seed reports, through the real parser.</summary>
public class SeedAcceptanceTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public async Task Check_CleanSeed_NoErrorAtAll(string seed)
    {
        var findings = Check.Run(await Seeds.ParseAsync(seed));

        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public async Task Check_Seed002_LitigationTextDisagreesWithTable()
    {
        var findings = Check.Run(await Seeds.ParseAsync("002"));

        var finding = Assert.Single(findings.Rule("text-table.mismatch"));
        Assert.Equal((Severity.Error, "text:litigation.other"), (finding.Severity, finding.Location));
        Assert.Contains("其他情形数1件", finding.Evidence.Sentences![0], StringComparison.Ordinal);
        Assert.Equal("0", finding.Evidence.Cells!["stats2008.litigation.other"]);
        Assert.Equal(("崇川区人民政府", 2016), (finding.Agency, finding.ReportYear));
        Assert.StartsWith("https://seed.example/002_", finding.Evidence.SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Seed002_ProactiveTotalExceedsChannels()
    {
        var findings = Check.Run(await Seeds.ParseAsync("002"));

        var finding = Assert.Single(findings.Rule("sum.channels"));
        Assert.Equal("0 + 9540 + 0 + 360 + 410 = 10310 < 13100", finding.Evidence.Arithmetic);
    }

    [Fact]
    public async Task Check_Seed002_BlankBudgetAndInjectedSpam()
    {
        var findings = Check.Run(await Seeds.ParseAsync("002"));

        Assert.Equal("stats2008.org.budget", Assert.Single(findings.Rule("completeness.blank-cell")).Location);
        var spam = Assert.Single(findings.Rule("integrity.injected-spam"));
        Assert.Equal(Severity.Error, spam.Severity);
        Assert.Contains("bt365", spam.Evidence.Facts!["terms"], StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Rule == "deadline.late");
    }

    [Fact]
    public async Task Check_Seed004_ConsultationPartsShortOfApproximateWhole()
    {
        var findings = Check.Run(await Seeds.ParseAsync("004"));

        var finding = Assert.Single(findings.Rule("narrative.parts-sum"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("约1000人次 + 约5000次 + 约1000人次 = 7000 < 约8000人次", finding.Evidence.Arithmetic);
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public async Task Check_Seed003_MissingReviewPartButCitedNoticeIsNoCopy()
    {
        var findings = Check.Run(await Seeds.ParseAsync("003"));

        Assert.Equal("part.review", Assert.Single(findings.Rule("completeness.narrative-part")).Location);
        Assert.DoesNotContain(findings, f => f.Rule.StartsWith("copy.", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }
}
