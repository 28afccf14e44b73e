using ReportPipeline.Parsing.Tables;

namespace ReportPipeline.Parsing.Pdf;

/// <summary>
/// Table rows from positions: each numeric line is a row; label fragments on nearby lines (labels wrapped over
/// several lines, merged cells printed between rows) join the nearest row, preferring rows that lack a label.
/// </summary>
internal static class PdfRowBuilder
{
    private const double Attach = 2.2;
    private const double AttachToBare = 2.6;

    public static IReadOnlyList<IReadOnlyList<string>> Build(IReadOnlyList<PdfLine> lines, IReadOnlyList<PdfLineKind> kinds)
    {
        var numeric = lines.Where((_, i) => kinds[i] == PdfLineKind.NumericRow).ToList();
        var attached = numeric.ToDictionary(n => n, _ => new List<PdfLine>());
        var rows = new List<(double Y, IReadOnlyList<string> Cells)>();
        foreach (var line in lines.Where((_, i) => kinds[i] != PdfLineKind.NumericRow))
        {
            var target = Nearest(line, numeric.Where(IsBare), AttachToBare) ?? Nearest(line, numeric, Attach);
            if (target is not null) attached[target].Add(line);
            else rows.Add((line.CenterY, line.Cells.Select(c => c.Text).ToList()));
        }
        rows.AddRange(numeric.Select(n => (n.CenterY, Row(n, attached[n]))));
        return rows.OrderBy(r => r.Y).Select(r => r.Cells).ToList();
    }

    private static bool IsBare(PdfLine line) => CellValueParser.IsNumber(line.Cells[0].Text);

    private static PdfLine? Nearest(PdfLine line, IEnumerable<PdfLine> candidates, double limit) =>
        candidates.Select(c => (Line: c, Distance: Math.Abs(c.CenterY - line.CenterY)))
            .Where(x => x.Distance <= limit * Math.Max(line.Height, x.Line.Height))
            .OrderBy(x => x.Distance).Select(x => x.Line).FirstOrDefault();

    private static IReadOnlyList<string> Row(PdfLine row, List<PdfLine> fragments)
    {
        var firstValue = row.Cells.ToList().FindIndex(c => CellValueParser.IsNumber(c.Text));
        var valueLeft = row.Cells[firstValue].Left;
        var labelCells = row.Cells.Take(firstValue).Select(c => (Cell: c, Y: row.CenterY))
            .Concat(fragments.SelectMany(f => f.Cells.Where(c => c.Right <= valueLeft + 1).Select(c => (Cell: c, Y: f.CenterY))))
            .OrderBy(x => x.Cell.Left).ToList();
        var columns = new List<List<(PdfCell Cell, double Y)>>();
        foreach (var item in labelCells)
        {
            var column = columns.FirstOrDefault(col => Math.Abs(col[0].Cell.Left - item.Cell.Left) <= row.Height * 1.5);
            if (column is null) columns.Add([item]);
            else column.Add(item);
        }
        var labels = columns.Select(col => string.Concat(col.OrderBy(x => x.Y).ThenBy(x => x.Cell.Left).Select(x => x.Cell.Text)));
        return labels.Concat(row.Cells.Skip(firstValue).Select(c => c.Text)).ToList();
    }
}
