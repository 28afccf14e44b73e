namespace ReportPipeline.Core.Canonical;

/// <summary>
/// Table 申请 (2019 and 2021): rows × 7 columns. Cell id: "applications.{row}.{column}",
/// e.g. "applications.refused.3.natural". Row ids follow the printed numbering.
/// </summary>
public static class ApplicationsTable
{
    /// <summary>自然人 | 法人或其他组织: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 | 总计.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["natural", "enterprise", "research", "welfare", "legal", "otherOrg", "total"];

    /// <summary>The six applicant columns that add up to "total".</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } = Columns.Take(6).ToArray();

    public const string New = "new";                       // 一、本年新收
    public const string CarriedOver = "carriedOver";       // 二、上年结转
    public const string Disclosed = "disclosed";           // （一）予以公开
    public const string Partial = "partial";               // （二）部分公开
    public const string Total = "total";                   // （七）总计
    public const string CarriedForward = "carriedForward"; // 四、结转下年度继续办理

    /// <summary>（三）不予公开 1–8.</summary>
    public static IReadOnlyList<string> Refused { get; } = Numbered("refused", 8);
    /// <summary>（四）无法提供 1–3.</summary>
    public static IReadOnlyList<string> Unavailable { get; } = Numbered("unavailable", 3);
    /// <summary>（五）不予处理 1–5.</summary>
    public static IReadOnlyList<string> NotProcessed { get; } = Numbered("notProcessed", 5);
    /// <summary>（六）其他处理: one row "other" in 2019, "other.1"–"other.3" in 2021.</summary>
    public static IReadOnlyList<string> Other2021 { get; } = Numbered("other", 3);
    public const string Other2019 = "other";

    /// <summary>Every result row that adds up to （七）总计, for the given format year (2019 or 2021).</summary>
    public static IReadOnlyList<string> ResultRows(bool is2021) =>
        [Disclosed, Partial, .. Refused, .. Unavailable, .. NotProcessed, .. (is2021 ? Other2021 : [Other2019])];

    private static string[] Numbered(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => $"{prefix}.{i}").ToArray();
}
