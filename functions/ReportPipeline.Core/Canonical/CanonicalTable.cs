namespace ReportPipeline.Core.Canonical;

/// <summary>
/// Ids of the tables the parser recognises. Cell ids are "{table}.{row}.{column}" for the three standard tables
/// and "stats2008.{row}" for the 2008-era 统计表; the row and column ids are in the sibling classes.
/// </summary>
public static class CanonicalTable
{
    /// <summary>Table 主动公开 (section 二).</summary>
    public const string Active = "active";
    /// <summary>Table 申请 (section 三).</summary>
    public const string Applications = "applications";
    /// <summary>Table 复议诉讼 (section 四).</summary>
    public const string Review = "review";
    /// <summary>2008-era 政府信息公开情况统计表.</summary>
    public const string Stats2008 = "stats2008";
    public const string Unknown = "unknown";

    public static string CellId(string table, string row, string column) => $"{table}.{row}.{column}";
}
