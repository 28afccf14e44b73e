using HtmlAgilityPack;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Html;

/// <summary>An HTML &lt;table&gt; as a rectangular grid: rowspan and colspan copy the text into every covered slot.</summary>
internal static class HtmlTableReader
{
    private const int MaxSpan = 100;

    public static IReadOnlyList<IReadOnlyList<string>> Read(HtmlNode table)
    {
        var rows = table.Descendants("tr").ToList();
        var grid = new List<List<string?>>();
        for (var r = 0; r < rows.Count; r++)
        {
            Ensure(grid, r);
            var c = 0;
            foreach (var cell in rows[r].ChildNodes.Where(n => n.Name is "td" or "th"))
            {
                while (c < grid[r].Count && grid[r][c] is not null) c++;
                var rowSpan = Span(cell, "rowspan", rows.Count - r);
                var colSpan = Span(cell, "colspan", MaxSpan);
                var text = CellText(cell);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    Ensure(grid, r + dr);
                    for (var dc = 0; dc < colSpan; dc++) Set(grid[r + dr], c + dc, text);
                }
                c += colSpan;
            }
        }
        if (!grid.Any(row => row.Any(t => !string.IsNullOrEmpty(t)))) return [];
        return grid.Where(row => row.Count > 0).Select(row => (IReadOnlyList<string>)row.Select(t => t ?? "").ToList()).ToList();
    }

    private static string CellText(HtmlNode cell) =>
        TextNormalizer.Collapse(HtmlEntity.DeEntitize(string.Concat(cell.DescendantsAndSelf()
            .Where(n => n.NodeType == HtmlNodeType.Text).Select(n => n.InnerText))));

    private static int Span(HtmlNode cell, string name, int max) =>
        Math.Clamp(int.TryParse(cell.GetAttributeValue(name, "1"), out var v) ? v : 1, 1, Math.Max(1, max));

    private static void Ensure(List<List<string?>> grid, int row)
    {
        while (grid.Count <= row) grid.Add([]);
    }

    private static void Set(List<string?> row, int column, string text)
    {
        while (row.Count <= column) row.Add(null);
        row[column] ??= text;
    }
}
