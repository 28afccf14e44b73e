using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Text;

/// <summary>Paragraph lines, except a "…统计表" title followed by short lines: those are a table, one cell per line.</summary>
internal static class CellPerLineTableReader
{
    private const int MaxCellLength = 80;
    private const int MinCells = 6;

    public static IEnumerable<DocumentBlock> Read(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            yield return DocumentBlock.Paragraph(line);
            if (!IsTableTitle(line)) continue;
            var cells = new List<string>();
            var j = i + 1;
            for (; j < lines.Count && IsCell(lines[j]); j++)
                if (lines[j].Length > 0) cells.Add(lines[j]);
            if (cells.Count < MinCells) continue;
            yield return DocumentBlock.Table(CellStreamRows.Build(cells));
            i = j - 1;
        }
    }

    private static bool IsTableTitle(string line) => line.Length <= 40 && line.EndsWith("统计表", StringComparison.Ordinal);

    private static bool IsCell(string line) =>
        line.Length <= MaxCellLength && !line.EndsWith('。') && !ChromeLines.IsChrome(line);
}
