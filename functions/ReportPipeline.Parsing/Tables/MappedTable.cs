using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Accumulates canonical cells of one table; the first occurrence of a cell wins, repeats become warnings.</summary>
internal sealed class MappedTable
{
    public Dictionary<string, CellValue> Cells { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);
    public List<string> Warnings { get; } = [];

    public void Add(string cellId, string raw, string evidence)
    {
        if (Cells.ContainsKey(cellId))
        {
            Warnings.Add($"cell {cellId} appears more than once; kept the first value");
            return;
        }
        Cells[cellId] = CellValueParser.Parse(raw);
        Labels[cellId] = evidence;
    }
}
