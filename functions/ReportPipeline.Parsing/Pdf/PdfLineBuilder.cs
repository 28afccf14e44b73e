using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Pdf;

/// <summary>Words to visual lines (same vertical centre) and lines to cells (a gap wider than about one character).</summary>
internal static class PdfLineBuilder
{
    private const double SameLine = 0.5;
    private const double CellGap = 0.9;

    public static List<PdfLine> Build(IReadOnlyList<PdfWord> words)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var word in words.OrderBy(w => w.CenterY))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(word.CenterY - line.Average(w => w.CenterY)) <= SameLine * Math.Min(word.Height, line.Min(w => w.Height)))
                line.Add(word);
            else lines.Add([word]);
        }
        return lines.Select(ToLine).ToList();
    }

    private static PdfLine ToLine(List<PdfWord> words)
    {
        var sorted = words.OrderBy(w => w.Left).ToList();
        var height = sorted.Average(w => w.Height);
        var cells = new List<PdfCell>();
        var text = sorted[0].Text;
        double left = sorted[0].Left, right = sorted[0].Right;
        for (var i = 1; i < sorted.Count; i++)
        {
            var w = sorted[i];
            if (w.Left - right > CellGap * height)
            {
                cells.Add(new PdfCell(TextNormalizer.Normalize(text).Trim(), left, right));
                (text, left) = (w.Text, w.Left);
            }
            else text += NeedsSpace(text, w.Text) ? " " + w.Text : w.Text;
            right = Math.Max(right, w.Right);
        }
        cells.Add(new PdfCell(TextNormalizer.Normalize(text).Trim(), left, right));
        return new PdfLine(cells, sorted.Average(w => w.CenterY), height);
    }

    private static bool NeedsSpace(string before, string after) =>
        char.IsAsciiLetterOrDigit(before[^1]) && char.IsAsciiLetterOrDigit(after[0]);
}
