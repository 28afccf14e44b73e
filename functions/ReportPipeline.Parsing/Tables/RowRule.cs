namespace ReportPipeline.Parsing.Tables;

/// <summary>
/// How a canonical row is recognised: keywords contained in its label (longest wins), or an exact short label.
/// <paramref name="Group"/>: only inside that group (e.g. 被依法纠错 under 行政复议); <paramref name="SetsGroup"/>: opens one.
/// </summary>
internal sealed record RowRule(string RowId, string Label, string[] Keywords, string? Exact = null, string? Group = null,
    string? SetsGroup = null);
