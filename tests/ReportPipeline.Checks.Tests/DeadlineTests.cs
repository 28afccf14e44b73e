using ReportPipeline.Checks.Deadlines;
using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Checks.Tests;

public class DeadlineTests
{
    [Theory]
    [InlineData(2016, AgencyLevel.Department, "2017-03-31")]
    [InlineData(2018, AgencyLevel.Other, "2019-03-31")]
    [InlineData(2019, AgencyLevel.Department, "2020-01-31")]
    [InlineData(2021, AgencyLevel.Government, "2022-03-31")]
    [InlineData(2021, AgencyLevel.Other, "2022-03-31")]
    public void Resolve_DefaultTable_GivesLegalDeadline(int year, AgencyLevel level, string expected)
    {
        var deadline = DeadlineTable.Default.Resolve(level, year);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline.Date);
        Assert.Contains("条", deadline.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Overrides_LevelSpecificAndLatestWin()
    {
        DeadlineOverride[] overrides =
        [
            new(2, 28, null, 2019, "市通知A"),
            new(2, 20, AgencyLevel.Department, 2020, "市通知B"),
            new(2, 10, AgencyLevel.Department, 2022, "市通知C"),
        ];

        Assert.Equal(new Deadline(new DateOnly(2022, 2, 20), "市通知B"), DeadlineTable.Default.Resolve(AgencyLevel.Department, 2021, overrides));
        Assert.Equal(new Deadline(new DateOnly(2022, 2, 28), "市通知A"), DeadlineTable.Default.Resolve(AgencyLevel.Government, 2021, overrides));
        Assert.Equal(new DateOnly(2019, 3, 31), DeadlineTable.Default.Resolve(AgencyLevel.Department, 2018, overrides).Date);
    }

    [Fact]
    public void Check_LateByOverride_ErrorCitesOverrideAndDecidingSignal()
    {
        var report = Reports.CleanNarrative(2021) with
        {
            AgencyLevel = AgencyLevel.Department,
            DateSignals =
            [
                new DateSignal(new DateOnly(2022, 2, 25), DateEvidenceKind.UrlDate, "/202202/t20220225_1.htm"),
                new DateSignal(new DateOnly(2022, 2, 24), DateEvidenceKind.PageDate, "发布时间:2022-02-24"),
            ],
        };
        var context = new CheckContext(Check.Today, DeadlineOverrides: [new DeadlineOverride(2, 20, AgencyLevel.Department, 2020, "区通知")]);

        var finding = Assert.Single(new ReportChecker().Check(report, context).Rule("deadline.late"));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("区通知", finding.Evidence.Facts!["deadlineSource"]);
        Assert.StartsWith("PageDate", finding.Evidence.Facts["decidingSignal"], StringComparison.Ordinal);
        Assert.Equal("2022-02-24 − 2022-02-20 = 4 天", finding.Evidence.Arithmetic);
    }

    [Fact]
    public void Check_OnlyFirstSeenAfterDeadline_WarningNotError()
    {
        var report = Reports.CleanNarrative(2021) with
        {
            DateSignals = [new DateSignal(new DateOnly(2022, 5, 1), DateEvidenceKind.FirstSeen, "crawler")],
        };

        Assert.Equal(Severity.Warning, Assert.Single(Check.Run(report).Rule("deadline.late")).Severity);
    }

    [Fact]
    public void ChinaDate_LateUtcEvening_IsNextDayInShanghai()
    {
        var time = new FixedTime(new DateTimeOffset(2022, 3, 31, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2022, 4, 1), ChinaDate.Today(time));
    }
}
