using System.Text.RegularExpressions;
using ReportPipeline.Parsing.Tables;

namespace ReportPipeline.Parsing.Text;

/// <summary>
/// Rebuilds rows from a flattened table (one cell per line, or cells between "|" lines): a row is its label cells
/// followed by its values; a new row starts at a label after values, or at a numbered label ("（二）", "1.", "其中").
/// </summary>
internal static partial class CellStreamRows
{
    public static IReadOnlyList<IReadOnlyList<string>> Build(IReadOnlyList<string> cells)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var hasValues = false;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (CellValueParser.IsValueLike(cell) && !(cell.Length == 0 && row.Count == 0))
            {
                row.Add(cell);
                hasValues = true;
                continue;
            }
            var unitBeforeValue = CellValueParser.IsUnit(cell) && i + 1 < cells.Count && CellValueParser.IsNumber(cells[i + 1]);
            if (CellValueParser.IsUnit(cell) && !unitBeforeValue && row.Count > 0)
            {
                row.Add(cell);
                continue;
            }
            var startsRow = hasValues || (IsNumbered(cell) && row.Any(c => !CellValueParser.IsUnit(c)));
            if (startsRow && row.Count > 0)
            {
                rows.Add(row);
                row = [];
                hasValues = false;
            }
            row.Add(cell);
        }
        if (row.Count > 0) rows.Add(row);
        return rows;
    }

    public static bool IsNumbered(string cell) => Numbering().IsMatch(cell.TrimStart());

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、]|\d+(?=[\u4e00-\u9fff])|其中)")]
    private static partial Regex Numbering();
}
