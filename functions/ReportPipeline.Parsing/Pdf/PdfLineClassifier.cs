using System.Text.RegularExpressions;
using ReportPipeline.Parsing.Tables;

namespace ReportPipeline.Parsing.Pdf;

/// <summary>What a visual line looks like: a table row with numbers, a table fragment, a heading or running text.</summary>
internal static partial class PdfLineClassifier
{
    private const int ShortLine = 20;

    /// <summary>Classifies lines; a long label wrapped inside a table (between a table row and a numeric row) stays in the table.</summary>
    public static List<PdfLineKind> ClassifyAll(IReadOnlyList<PdfLine> lines)
    {
        var kinds = lines.Select(Classify).ToList();
        for (var i = 1; i < kinds.Count; i++)
        {
            if (kinds[i] != PdfLineKind.Paragraph || lines[i].Text.EndsWith('。')) continue;
            if (kinds[i - 1] is not (PdfLineKind.NumericRow or PdfLineKind.MultiCell)) continue;
            if (kinds.Skip(i + 1).Take(3).Contains(PdfLineKind.NumericRow)) kinds[i] = PdfLineKind.Short;
        }
        return kinds;
    }

    public static PdfLineKind Classify(PdfLine line)
    {
        if (line.Cells.Count >= 2 && CellValueParser.IsNumber(line.Cells[^1].Text)) return PdfLineKind.NumericRow;
        if (line.Cells.Count >= 2) return PdfLineKind.MultiCell;
        var text = line.Cells[0].Text;
        if (TopHeading().IsMatch(text)) return PdfLineKind.Heading;
        return text.Length <= ShortLine ? PdfLineKind.Short : PdfLineKind.Paragraph;
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*、\s*\S{3,}")]
    private static partial Regex TopHeading();
}
