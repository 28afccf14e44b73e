namespace ReportPipeline.Parsing.Pdf;

/// <summary>A cell of a visual line: words close together.</summary>
internal sealed record PdfCell(string Text, double Left, double Right);

/// <summary>A visual line: words at the same height, split into cells at wide gaps.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfCell> Cells, double CenterY, double Height)
{
    public string Text => string.Join(" ", Cells.Select(c => c.Text));
    public double Left => Cells[0].Left;
    public double Right => Cells[^1].Right;
}
