using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Tables;

/// <summary>A raw grid to a <see cref="ReportTable"/>: its kind and its cells on the canonical schema.</summary>
internal static class TableMapper
{
    public static (ReportTable Table, IReadOnlyList<string> Warnings) Map(IReadOnlyList<IReadOnlyList<string>> grid, int index)
    {
        var text = LabelMatcher.Normalize(string.Concat(grid.SelectMany(r => r)));
        var rawText = TextNormalizer.Collapse(string.Concat(grid.SelectMany(r => r))).Replace(" ", "", StringComparison.Ordinal);
        var kind = TableKindDetector.Detect(rawText);
        var rows = grid.Select(GridRow.From).ToList();
        var mapped = kind switch
        {
            CanonicalTable.Applications => ApplicationsMapper.Map(rows),
            CanonicalTable.Review => ReviewMapper.Map(rows),
            CanonicalTable.Active => ActiveMapper.Map(rows, rawText + text),
            CanonicalTable.Stats2008 => Stats2008Mapper.Map(rows),
            _ => new MappedTable(),
        };
        var warnings = mapped.Warnings.Select(w => $"table {index} ({kind}): {w}").ToList();
        return (new ReportTable(kind, index, grid, mapped.Cells, mapped.Labels), warnings);
    }
}
