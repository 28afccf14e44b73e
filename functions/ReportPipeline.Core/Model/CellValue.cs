namespace ReportPipeline.Core.Model;

/// <summary>
/// One table cell as printed and as a number. Blank and "/" cells are missing (<see cref="Value"/> is null), never zero.
/// </summary>
/// <param name="Raw">The cell text after whitespace and full-width normalisation.</param>
/// <param name="Value">The number, or null when the cell is blank, "/" or not numeric.</param>
/// <param name="Approximate">True when written with 约/余/多 or similar.</param>
public sealed record CellValue(string Raw, decimal? Value, bool Approximate = false)
{
    public bool IsMissing => Value is null;
}
