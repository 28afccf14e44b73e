using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Table 申请: each recognised row's last seven values onto the seven applicant columns.</summary>
internal static class ApplicationsMapper
{
    public static MappedTable Map(IReadOnlyList<GridRow> rows)
    {
        var is2021 = rows.Any(r => LabelMatcher.Match(r.Labels, ApplicationsRules.All, null)?.RowId.StartsWith("other.", StringComparison.Ordinal) == true);
        var rules = ApplicationsRules.ForVersion(is2021);
        var columns = ApplicationsTable.Columns;
        var mapped = new MappedTable();
        foreach (var row in rows)
        {
            if (row.Values.Count == 0) continue;
            var rule = LabelMatcher.Match(row.Labels, rules, null);
            if (rule is null) continue;
            var values = row.Values.Count > columns.Count ? row.Values.Skip(row.Values.Count - columns.Count).ToList() : row.Values;
            if (values.Count < columns.Count)
                mapped.Warnings.Add($"row {rule.Label} has {values.Count} values, expected {columns.Count}");
            for (var c = 0; c < values.Count; c++)
                mapped.Add(CanonicalTable.CellId(CanonicalTable.Applications, rule.RowId, columns[c]), values[c],
                    $"{rule.Label} / {ApplicationsRules.ColumnLabels[c]}");
        }
        return mapped;
    }
}
