using System.Text.Json;
using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;
using static ReportPipeline.Checks.Tests.Support.Reports;

namespace ReportPipeline.Checks.Tests;

public class CheckSeriesTests
{
    [Fact]
    public void CheckSeries_UnsortedYears_ChecksEachWithItsPredecessor()
    {
        var y2020 = Clean2021(2020, "某区人民政府", c => c["applications.carriedForward.total"] = "5");
        var y2021 = Clean2021(2021, "某区人民政府");

        var findings = new ReportChecker().CheckSeries([y2021, y2020], new CheckContext(Check.Today));

        var carry = Assert.Single(findings.Rule("cross-year.carry-over"));
        Assert.Equal((2021, y2020.ReportId), (carry.ReportYear, carry.Evidence.Facts!["previousReportId"]));
    }

    [Fact]
    public void CheckSeries_NamesWithAndWithoutRegionPrefix_AreOneAgency()
    {
        var y2020 = Clean2021(2020, "洪泽区人民政府", c => c["applications.carriedForward.total"] = "5");
        var y2021 = Clean2021(2021, "淮安市洪泽区人民政府");

        var findings = new ReportChecker().CheckSeries([y2020, y2021], new CheckContext(Check.Today));

        Assert.Single(findings.Rule("cross-year.carry-over"));
        Assert.Empty(findings.Rule("copy.peer"));
    }

    [Fact]
    public void CheckSeries_TwoAgenciesSameYear_ArePeersNotPredecessors()
    {
        var a = CleanNarrative(2016, "甲区人民政府");
        var b = CleanNarrative(2016, "乙区人民政府");

        var findings = new ReportChecker().CheckSeries([a, b], new CheckContext(Check.Today));

        Assert.Equal(2, findings.Rule("copy.peer").Count);
        Assert.Empty(findings.Rule("copy.previous-year"));
    }

    [Theory]
    [InlineData("洪泽区人民政府", "淮安市洪泽区人民政府", true)]
    [InlineData("常州市钟楼区人民政府", "常州市钟楼区人民政府", true)]
    [InlineData("钟楼区人民政府", "天宁区人民政府", false)]
    [InlineData("人民政府", "钟楼区人民政府", true)]
    [InlineData("政府", "钟楼区人民政府", false)]
    public void Same_AgencyNames_MatchOnRegionPrefixOnly(string a, string b, bool same) =>
        Assert.Equal(same, AgencyNames.Same(a, b));

    [Fact]
    public void FindingsOutput_Json_HasTheFieldsTheCliPromises()
    {
        var findings = Check.Run(Clean2021(edit: c => c["review.litigationDirect.total"] = "3"));

        using var json = JsonDocument.Parse(FindingsOutput.ToJson(findings));

        var first = json.RootElement.EnumerateArray().First();
        foreach (var field in new[] { "rule", "severity", "message", "evidence", "agency", "reportYear", "location" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(FindingsOutput.ExitErrorFound, FindingsOutput.ExitCode(findings));
        Assert.Equal(FindingsOutput.ExitClean, FindingsOutput.ExitCode(Check.Run(Clean2021())));
        Assert.Contains("[ERROR] sum.total", FindingsOutput.ToText(findings), StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_SameProseOtherNumbers_IsFullyCopied()
    {
        var a = Copy.TextFingerprint.Of("本年度我区累计主动公开政府信息876条，受理政府信息公开申请8件，均按时答复办结。");
        var b = Copy.TextFingerprint.Of("本年度我区累计主动公开政府信息912条，受理政府信息公开申请11件，均按时答复办结。");
        var c = Copy.TextFingerprint.Of("围绕优化营商环境、乡村振兴和民生保障等重点领域持续做好信息发布和政策解读工作。");

        Assert.Equal(1.0, a.Similarity(b));
        Assert.True(a.Similarity(c) < 0.2);
        Assert.Single(a.SharedSentences(b, 5));
    }
}
