namespace ReportPipeline.Parsing.Tables;

/// <summary>The 2008-era 统计表: one value per row (the last), rows by label within their group (复议 / 诉讼).</summary>
internal static class Stats2008Mapper
{
    public static MappedTable Map(IReadOnlyList<GridRow> rows)
    {
        var mapped = new MappedTable();
        string? group = null;
        foreach (var row in rows)
        {
            var rule = LabelMatcher.Match(row.Labels, Stats2008Rules.All, group);
            if (rule is null) continue;
            group = rule.SetsGroup ?? (rule.Group is null ? null : group);
            var raw = row.Values.Count > 0 ? row.Values[^1] : "";
            mapped.Add(Stats2008Rules.CellId(rule), raw, rule.Label);
        }
        return mapped;
    }
}
