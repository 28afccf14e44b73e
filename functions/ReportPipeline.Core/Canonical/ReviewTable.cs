namespace ReportPipeline.Core.Canonical;

/// <summary>Table 复议诉讼: cell id "review.{group}.{outcome}", 15 cells.</summary>
public static class ReviewTable
{
    public const string Reconsideration = "reconsideration";          // 行政复议
    public const string LitigationDirect = "litigationDirect";        // 未经复议直接起诉
    public const string LitigationAfterReview = "litigationAfterReview"; // 复议后起诉

    public static IReadOnlyList<string> Groups { get; } = [Reconsideration, LitigationDirect, LitigationAfterReview];

    /// <summary>结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = ["upheld", "corrected", "other", "pending", "total"];
}
