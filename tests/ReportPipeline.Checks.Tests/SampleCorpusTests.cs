using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Tests;

/// <summary>
/// Opt-in: the real PDFs in ../shared/samples (needs pdftotext). Skipped, with the reason, when the folder is absent.
/// </summary>
public class SampleCorpusTests
{
    private static readonly CheckContext _context = new(new DateOnly(2026, 1, 1));

    [SamplesFact]
    public async Task Check_Huaian2024_NoFalseError()
    {
        var report = await Samples.ParseAsync("huaian_city_2024.pdf");

        var findings = new ReportChecker().Check(report, _context);

        Assert.Equal((ReportFormat.Standard2021, 2024), (report.Format, report.ReportYear));
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        // The text's 复议/诉讼 breakdown was really compared with the table, and agreed.
        var compared = Text.TextTableComparer.Compare(new Rules.CheckSubject(report, _context, new CheckerOptions())).ToArray();
        Assert.Contains(compared, r => r.Restatement.Id == "reconsideration.upheld" && r.Matches);
        Assert.Contains(compared, r => r.Restatement.Id == "litigation.pending" && r.Matches);
    }

    [SamplesFact]
    public async Task CheckSeries_Hongze2023And2024_PairsTheYearsForCrossYearRules()
    {
        var y2023 = await Samples.ParseAsync("hongze_district_2023.pdf");
        var y2024 = await Samples.ParseAsync("hongze_district_2024.pdf");
        var checker = new ReportChecker();

        var series = checker.CheckSeries([y2024, y2023], _context);
        var tampered = checker.CheckSeries([y2023, Tamper(y2024)], _context);

        Assert.DoesNotContain(series, f => f.Rule.StartsWith("cross-year.", StringComparison.Ordinal));
        var carry = Assert.Single(tampered.Rule("cross-year.carry-over"));
        Assert.Equal(y2023.ReportId, carry.Evidence.Facts!["previousReportId"]);
        // The 2023 report prints 总计 0 beside 维持 10 / 纠正 1 (复议) and 维持 5 (复议后起诉): real defects, not ours.
        Assert.Equal(["review.litigationAfterReview.total", "review.reconsideration.total"],
            series.Where(f => f.Severity == Severity.Error).Select(f => f.Location).Order().ToArray());
    }

    private static ParsedReport Tamper(ParsedReport report) => report with
    {
        Tables = report.Tables.Select(t => t with
        {
            Cells = t.Cells.ToDictionary(c => c.Key, c => c.Key == "applications.carriedOver.total" ? new CellValue("3", 3) : c.Value),
        }).ToArray(),
    };
}
