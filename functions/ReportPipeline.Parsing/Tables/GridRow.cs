namespace ReportPipeline.Parsing.Tables;

/// <summary>A grid row split into its label cells (left) and its value cells (the trailing numbers and blanks).</summary>
internal sealed record GridRow(IReadOnlyList<string> Labels, IReadOnlyList<string> Values)
{
    public static GridRow From(IReadOnlyList<string> cells)
    {
        var start = cells.Count;
        while (start > 0 && CellValueParser.IsValueLike(cells[start - 1])) start--;
        var labels = cells.Take(start).Where(c => c.Length > 0 && !CellValueParser.IsUnit(c)).Distinct().ToList();
        return new GridRow(labels, cells.Skip(start).ToList());
    }

    public bool HasNumbers => Values.Any(CellValueParser.IsNumber);
}
