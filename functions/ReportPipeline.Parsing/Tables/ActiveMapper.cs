using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tables;

/// <summary>
/// Table 主动公开: rows by label; columns from the nearest header row (本年制发件数 …), else from the version and the
/// number of values. A value cell spanning several header columns (colspan copies) counts once.
/// </summary>
internal static class ActiveMapper
{
    private static readonly (string Header, string Column)[] HeaderColumns =
    [
        ("制发", ActiveTable.Issued), ("废止", ActiveTable.Repealed), ("现行有效", ActiveTable.Current),
        ("处理决定", ActiveTable.Decisions), ("金额", ActiveTable.Amount), ("新制作", ActiveTable.Made),
        ("新公开", ActiveTable.Published), ("对外公开总", ActiveTable.TotalPublic), ("上一年", ActiveTable.LastYear),
        ("增", ActiveTable.Change), ("采购项目", ActiveTable.Count),
    ];

    public static MappedTable Map(IReadOnlyList<GridRow> rows, string tableText)
    {
        var is2019 = tableText.Contains("新制作", StringComparison.Ordinal) || tableText.Contains("对外公开总", StringComparison.Ordinal);
        var mapped = new MappedTable();
        IReadOnlyList<string>? header = null;
        foreach (var row in rows)
        {
            header = Header(row.Labels) ?? header;
            if (row.Values.Count == 0) continue;
            var rule = LabelMatcher.Match(row.Labels, ActiveRules.All, null);
            if (rule is null) continue;
            var columns = header ?? ActiveRules.Columns(rule.RowId, row.Values.Count, is2019);
            var values = row.Values.Count > columns.Count && header is null
                ? row.Values.Skip(row.Values.Count - columns.Count).ToList() : row.Values.Take(columns.Count).ToList();
            for (var c = 0; c < values.Count; c++)
                mapped.Add(CanonicalTable.CellId(CanonicalTable.Active, rule.RowId, columns[c]), values[c],
                    $"{rule.Label} / {ActiveRules.ColumnLabel(columns[c])}");
        }
        return mapped;
    }

    private static List<string>? Header(IReadOnlyList<string> labels)
    {
        var columns = labels.Select(l => HeaderColumns.FirstOrDefault(h => l.Contains(h.Header, StringComparison.Ordinal)).Column)
            .Where(c => c is not null).Select(c => c!).Distinct().ToList();
        return columns.Count > 0 ? columns : null;
    }
}
