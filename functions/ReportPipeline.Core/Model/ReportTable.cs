namespace ReportPipeline.Core.Model;

/// <summary>
/// A table found in a report: the raw grid (spans resolved) and, when recognised, its cells mapped onto
/// the canonical schema (<see cref="Canonical.CanonicalTable"/> ids, docs/schema.md).
/// </summary>
/// <param name="Kind">A <see cref="Canonical.CanonicalTable"/> id, or "unknown".</param>
/// <param name="Index">Position among the report's tables, from 0.</param>
/// <param name="Grid">Rows of cell texts; rowspan/colspan copies the text into every covered slot.</param>
/// <param name="Cells">Canonical cell id → value, e.g. "applications.new.total".</param>
/// <param name="Labels">Canonical cell id → the row and column labels it was matched from (evidence).</param>
public sealed record ReportTable(
    string Kind,
    int Index,
    IReadOnlyList<IReadOnlyList<string>> Grid,
    IReadOnlyDictionary<string, CellValue> Cells,
    IReadOnlyDictionary<string, string> Labels);
