using ReportPipeline.Parsing.Input;
using ReportPipeline.Parsing.Tables;

namespace ReportPipeline.Parsing.Text;

/// <summary>
/// Splits text lines into paragraphs and tables. Tables flattened with "|" lines (each cell between two "|" lines,
/// possibly over several short lines) and one-cell-per-line 统计表 (after a line ending "统计表") become grids.
/// </summary>
internal sealed class TextBlockReader
{
    private const int MaxMergedCellLine = 10;
    private readonly List<DocumentBlock> _blocks = [];
    private readonly List<string> _text = [];
    private readonly List<string> _cells = [];

    public static IReadOnlyList<DocumentBlock> Read(IReadOnlyList<string> lines)
    {
        var reader = new TextBlockReader();
        var groups = SplitOnPipes(lines);
        for (var g = 0; g < groups.Count; g++) reader.Group(groups[g], first: g == 0, last: g == groups.Count - 1);
        reader.CloseRegion();
        reader.FlushText();
        return reader._blocks;
    }

    private static List<List<string>> SplitOnPipes(IReadOnlyList<string> lines)
    {
        var groups = new List<List<string>> { new() };
        foreach (var line in lines)
        {
            if (line == "|") groups.Add([]);
            else groups[^1].Add(line);
        }
        return groups;
    }

    private void Group(List<string> lines, bool first, bool last)
    {
        var items = lines.Where(l => l.Length > 0).ToList();
        if (first && last) { items.ForEach(AddText); return; }
        if (first) { Split(items, endsRegion: false, startsRegion: true); return; }
        if (last) { Split(items, endsRegion: true, startsRegion: false); return; }
        if (items.Count == 0) _cells.Add("");
        else if (items.Count == 1) _cells.Add(items[0]);
        else if (items.All(l => l.Length <= MaxMergedCellLine && !CellValueParser.IsValueLike(l))) _cells.Add(string.Concat(items));
        else Split(items, endsRegion: true, startsRegion: true);
    }

    private void Split(List<string> items, bool endsRegion, bool startsRegion)
    {
        var from = 0;
        var to = items.Count;
        if (endsRegion && items.Count > 0 && IsClosingCell(items[0])) { _cells.Add(items[0]); from = 1; }
        if (startsRegion && to > from) to--;
        for (var i = from; i < to; i++) AddText(items[i]);
        if (startsRegion && items.Count > to) { CloseRegion(); _cells.Add(items[to]); }
    }

    /// <summary>A table's last cell is a value or a short label; a longer line after the last "|" is text.</summary>
    private static bool IsClosingCell(string line) => CellValueParser.IsValueLike(line) || line.Length <= MaxMergedCellLine;

    private void AddText(string line)
    {
        CloseRegion();
        _text.Add(line);
    }

    private void CloseRegion()
    {
        if (_cells.Count == 0) return;
        if (_cells.Count < 3) _text.AddRange(_cells.Where(c => c.Length > 0));
        else
        {
            FlushText();
            _blocks.Add(DocumentBlock.Table(CellStreamRows.Build(_cells)));
        }
        _cells.Clear();
    }

    private void FlushText()
    {
        _blocks.AddRange(CellPerLineTableReader.Read(_text));
        _text.Clear();
    }
}
