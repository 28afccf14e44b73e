using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Tests;

/// <summary>
/// Opt-in: the real PDFs and the DOCX template in ../shared/samples (not in the repository). Skips when the folder is
/// absent. Expected figures were read from `pdftotext -layout` output of each file; printed inconsistencies are kept.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string, decimal[]> Pdfs => new()
    {
        // new, carriedOver, closed, carriedForward, reconsideration, litigation, normative issued/repealed/current, proactive
        { "huaian_city_2024.pdf", [3119, 34, 3050, 103, 351, 46, 8, 26, 66, 5500] },
        { "hongze_district_2023.pdf", [21, 0, 21, 0, 0, 0, 0, 5, 5, 1136] },
        { "hongze_district_2024.pdf", [95, 0, 95, 0, 2, 4, 3, 0, 8, 2428] },
    };

    [CorpusTheory]
    [MemberData(nameof(Pdfs))]
    public async Task ParseAsync_SamplePdf_RecoversTablesAndMetrics(string file, decimal[] expected)
    {
        var path = SamplePath(file);

        var report = await ParserFixture.ParseAsync(await File.ReadAllBytesAsync(path), "application/pdf");

        Assert.Equal(ReportFormat.Standard2021, report.Format);
        Assert.Equal(["active", "applications", "review"], report.Tables.Select(t => t.Kind));
        Assert.Equal(10, report.Tables[0].Cells.Count);
        Assert.True(report.Tables[1].Cells.Count >= 23 * 7, $"applications cells: {report.Tables[1].Cells.Count}");
        Assert.Equal(15, report.Tables[2].Cells.Count);
        Assert.Equal(6, report.Sections.Count(s => s.Level == 1));
        Assert.Equal(expected, MetricIds.All.Select(id => report.Metrics[id].Value));
        Assert.Equal(DateEvidenceKind.PdfCreationDate, report.PublishedOn?.Kind);
    }

    [CorpusFact]
    public async Task ParseAsync_DocxTemplate_RecoversTheThreeBlankTables()
    {
        var path = SamplePath("annual_report_template.docx");

        var report = await ParserFixture.ParseAsync(await File.ReadAllBytesAsync(path));

        Assert.Equal(["active", "applications", "review"], report.Tables.Select(t => t.Kind));
        Assert.Equal([10, 175, 15], report.Tables.Select(t => t.Cells.Count));
        Assert.All(report.Tables.SelectMany(t => t.Cells.Values), c => Assert.True(c.IsMissing));
        Assert.Equal(6, report.Sections.Count(s => s.Level == 1));
    }

    private static string SamplePath(string file) => Path.Combine(RepoPaths.Samples!, file);
}
