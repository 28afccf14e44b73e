using System.Text.RegularExpressions;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Pdf;

/// <summary>
/// Visual lines to blocks: runs of table-like lines holding numeric rows become grids (rows rebuilt from positions),
/// everything else is joined into paragraphs (a new one at an indent, a heading, or after a short line).
/// </summary>
internal static partial class PdfBlockBuilder
{
    public static (List<DocumentBlock> Blocks, List<string> Chrome) Build(IReadOnlyList<PdfLine> all)
    {
        var chrome = all.Where(l => ChromeLines.IsChrome(l.Text)).Select(l => l.Text).ToList();
        var lines = all.Where(l => !ChromeLines.IsChrome(l.Text)).ToList();
        var kinds = PdfLineClassifier.ClassifyAll(lines);
        var blocks = new List<DocumentBlock>();
        var prose = new List<PdfLine>();
        var i = 0;
        while (i < lines.Count)
        {
            var j = i;
            while (j < lines.Count && kinds[j] is PdfLineKind.NumericRow or PdfLineKind.MultiCell or PdfLineKind.Short) j++;
            var run = lines.GetRange(i, j - i);
            var runKinds = kinds.GetRange(i, j - i);
            if (IsTable(runKinds))
            {
                blocks.AddRange(Paragraphs(prose, lines));
                prose.Clear();
                blocks.Add(DocumentBlock.Table(PdfRowBuilder.Build(run, runKinds)));
            }
            else prose.AddRange(run);
            if (j < lines.Count) prose.Add(lines[j]);
            i = j + 1;
        }
        blocks.AddRange(Paragraphs(prose, lines));
        return (blocks, chrome);
    }

    private static bool IsTable(List<PdfLineKind> kinds) =>
        kinds.Count(k => k == PdfLineKind.NumericRow) >= 2 || kinds.Count(k => k == PdfLineKind.MultiCell) >= 1 && kinds.Contains(PdfLineKind.NumericRow);

    private static IEnumerable<DocumentBlock> Paragraphs(List<PdfLine> prose, List<PdfLine> all)
    {
        if (prose.Count == 0) yield break;
        var left = all.Min(l => l.Left);
        var right = all.Max(l => l.Right);
        var current = "";
        PdfLine? previous = null;
        foreach (var line in prose)
        {
            var text = string.Concat(line.Cells.Select(c => c.Text));
            var indented = line.Left > left + line.Height * 1.2;
            var afterShort = previous is not null && previous.Right < right - previous.Height * 2;
            if (current.Length > 0 && (indented || afterShort || StartsHeading().IsMatch(text)))
            {
                yield return DocumentBlock.Paragraph(TextNormalizer.Collapse(current));
                current = "";
            }
            current += text;
            previous = line;
        }
        if (current.Length > 0) yield return DocumentBlock.Paragraph(TextNormalizer.Collapse(current));
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")]
    private static partial Regex StartsHeading();
}
