using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Table 主动公开: rows by label, columns by the version's headers and the number of values.</summary>
internal static class ActiveMapper
{
    public static MappedTable Map(IReadOnlyList<GridRow> rows, string tableText)
    {
        var is2019 = tableText.Contains("新制作", StringComparison.Ordinal) || tableText.Contains("对外公开总数", StringComparison.Ordinal);
        var mapped = new MappedTable();
        foreach (var row in rows.Where(r => r.Values.Count > 0))
        {
            var rule = LabelMatcher.Match(row.Labels, ActiveRules.All, null);
            if (rule is null) continue;
            var columns = ActiveRules.Columns(rule.RowId, row.Values.Count, is2019);
            var values = row.Values.Count > columns.Count ? row.Values.Skip(row.Values.Count - columns.Count).ToList() : row.Values;
            for (var c = 0; c < values.Count; c++)
                mapped.Add(CanonicalTable.CellId(CanonicalTable.Active, rule.RowId, columns[c]), values[c],
                    $"{rule.Label} / {ActiveRules.ColumnLabel(columns[c])}");
        }
        return mapped;
    }
}
