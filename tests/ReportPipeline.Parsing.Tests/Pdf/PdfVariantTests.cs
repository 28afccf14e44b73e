using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Parsing;

namespace ReportPipeline.Parsing.Tests.Pdf;

/// <summary>PDFs through pdftotext -bbox-layout: tables rebuilt from word positions, scans and broken files refused clearly.</summary>
public class PdfVariantTests
{
    [Fact]
    public async Task ParseAsync_ImageOnlyPdf_FailsWithNoTextLayer()
    {
        var pdf = new TestPdf().ImagePage().Build();

        var result = await ParserFixture.Parser.ParseAsync(RawDocument.FromBytes(pdf, "application/pdf"));

        Assert.Equal("PDF has no text layer (scanned image): OCR needed", result.FailureReason);
    }

    [Fact]
    public async Task ParseAsync_PositionedTables_RebuildsRowsWrappedLabelsAndPages()
    {
        var pdf = SampleReportPdf.Build();

        var report = await ParserFixture.ParseAsync(pdf, "application/pdf");

        Assert.Equal("测试市人民政府2024年政府信息公开工作年度报告", report.Title);
        Assert.Equal("测试市人民政府", report.Agency);
        Assert.Equal(2024, report.ReportYear);
        Assert.Equal(ReportFormat.Standard2021, report.Format);
        Assert.Equal(["一", "二", "三", "四"], report.Sections.Where(s => s.Level == 1).Select(s => s.Number));
        var cells = report.Tables.SelectMany(t => t.Cells).ToDictionary(c => c.Key, c => c.Value.Value);
        Assert.Equal(3119m, cells["applications.new.total"]);
        Assert.Equal(3001m, cells["applications.new.natural"]);
        Assert.Equal(454m, cells["applications.partial.total"]);
        Assert.Equal(71m, cells["applications.other.1.total"]);
        Assert.Equal(3050m, cells["applications.total.total"]);
        Assert.Equal(103m, cells["applications.carriedForward.total"]);
        Assert.Equal(8m, cells["active.normativeDocs.issued"]);
        Assert.Equal(66m, cells["active.normativeDocs.current"]);
        Assert.Equal(351m, cells["review.reconsideration.total"]);
        Assert.Equal(46m, report.Metrics[MetricIds.LitigationTotal].Value);
        Assert.DoesNotContain("-1-", report.Text, StringComparison.Ordinal);
        Assert.Equal(new DateSignal(new DateOnly(2025, 2, 25), DateEvidenceKind.PdfCreationDate, report.PublishedOn!.Source), report.PublishedOn);
    }

    [Fact]
    public async Task ParseAsync_PdfToTextMissing_FailsWithInstallHint()
    {
        var parser = new ReportParser(new ParserOptions { PdfToTextPath = "pdftotext-missing-for-test" });

        var result = await parser.ParseAsync(RawDocument.FromBytes(SampleReportPdf.Build(), "application/pdf"));

        Assert.Equal("PDF support unavailable: pdftotext-missing-for-test (poppler-utils) not found on PATH", result.FailureReason);
    }

    [Fact]
    public async Task ParseAsync_CorruptPdf_FailsWithConverterReason()
    {
        var result = await ParserFixture.Parser.ParseAsync(RawDocument.FromBytes("%PDF-1.7\nnot really a pdf"u8.ToArray()));

        Assert.StartsWith("PDF could not be read", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_ConversionSlowerThanTimeout_FailsWithTimeout()
    {
        var parser = new ReportParser(new ParserOptions { Timeout = TimeSpan.FromMilliseconds(1) });

        var result = await parser.ParseAsync(RawDocument.FromBytes(SampleReportPdf.Build(), "application/pdf"));

        Assert.Equal("parse timed out after 0.001 s", result.FailureReason);
    }
}
