using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Parsing;

namespace ReportPipeline.Parsing.Tests.Docx;

/// <summary>DOCX built here with OpenXml: paragraphs and a real table with gridSpan and vMerge.</summary>
public class DocxVariantTests
{
    [Fact]
    public async Task ParseAsync_DocxWithMergedCells_ReadsParagraphsAndTable()
    {
        var bytes = Build(body =>
        {
            body.Append(Para("测试县人民政府2022年政府信息公开工作年度报告"), Para("一、总体情况"), Para("2022年，我县受理申请5件。"),
                Para("三、收到和处理政府信息公开申请情况"));
            var table = new Table();
            table.Append(Row(Cell("申请人情况", span: 3), Cell("自然人"), Cell("法人或其他组织", span: 5), Cell("总计")));
            table.Append(Row([Cell("一、本年新收政府信息公开申请数量", span: 3), .. Values(4, 1, 0, 0, 0, 0, 5)]));
            table.Append(Row([Cell("二、上年结转政府信息公开申请数量", span: 3), .. Values(1, 0, 0, 0, 0, 0, 1)]));
            table.Append(Row([Cell("三、本年度办理结果", merge: MergedCellValues.Restart), Cell("（一）予以公开", span: 2), .. Values(3, 1, 0, 0, 0, 0, 4)]));
            table.Append(Row([Cell("", merge: MergedCellValues.Continue), Cell("（三）不予公开", merge: MergedCellValues.Restart), Cell("1.属于国家秘密"), .. Values(1, 0, 0, 0, 0, 0, 1)]));
            table.Append(Row([Cell("", merge: MergedCellValues.Continue), Cell("", merge: MergedCellValues.Continue), Cell("2.其他法律行政法规禁止公开"), .. Values(0, 0, 0, 0, 0, 0, 0)]));
            table.Append(Row([Cell("", merge: MergedCellValues.Continue), Cell("（七）总计", span: 2), .. Values(4, 1, 0, 0, 0, 0, 5)]));
            table.Append(Row([Cell("四、结转下年度继续办理", span: 3), .. Values(1, 0, 0, 0, 0, 0, 1)]));
            body.Append(table, Para("[bookmark: _GoBack]"));
        });

        var report = await ParserFixture.ParseAsync(bytes);

        Assert.Equal("测试县人民政府", report.Agency);
        Assert.Equal(2022, report.ReportYear);
        var grid = Assert.Single(report.Tables).Grid;
        Assert.Equal(["三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"], grid[5].Take(3));
        var cells = report.Tables[0].Cells;
        Assert.Equal(5m, cells["applications.new.total"].Value);
        Assert.Equal(1m, cells["applications.refused.1.natural"].Value);
        Assert.Equal(0m, cells["applications.refused.2.total"].Value);
        Assert.Equal(5m, cells["applications.total.total"].Value);
        Assert.Equal(1m, report.Metrics[MetricIds.ApplicationsCarriedForward].Value);
        Assert.Equal(ReportFormat.Standard2021, report.Format);
        Assert.DoesNotContain("bookmark", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_ZipThatIsNotDocx_FailsClearly()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("readme.txt");

        var result = await ParserFixture.Parser.ParseAsync(RawDocument.FromBytes(stream.ToArray()));

        Assert.Equal("zip archive that is not a DOCX document (no word/document.xml)", result.FailureReason);
    }

    private static byte[] Build(Action<Body> fill)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body());
            fill(main.Document.Body!);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var props = new TableCellProperties();
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (merge is not null) props.Append(new VerticalMerge { Val = merge });
        return new TableCell(props, Para(text));
    }

    private static TableCell[] Values(params int[] values) =>
        values.Select(v => Cell(v.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
}
