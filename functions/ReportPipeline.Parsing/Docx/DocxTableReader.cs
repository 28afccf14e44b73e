using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Docx;

/// <summary>A Word table as a grid: gridSpan repeats a cell across columns, vMerge continuation repeats the cell above.</summary>
internal static class DocxTableReader
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(Table table)
    {
        var grid = new List<List<string>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < before; i++) cells.Add("");
            foreach (var cell in row.Elements<TableCell>())
            {
                var props = cell.TableCellProperties;
                var span = Math.Clamp(props?.GridSpan?.Val?.Value ?? 1, 1, 64);
                var text = TextNormalizer.Collapse(string.Join("", cell.Elements<Paragraph>().Select(p => p.InnerText)));
                var merge = props?.VerticalMerge;
                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue) && grid.Count > 0)
                    text = cells.Count < grid[^1].Count ? grid[^1][cells.Count] : text;
                for (var s = 0; s < span; s++) cells.Add(text);
            }
            grid.Add(cells);
        }
        return grid.Any(r => r.Any(c => c.Length > 0)) ? grid.Select(r => (IReadOnlyList<string>)r).ToList() : [];
    }
}
