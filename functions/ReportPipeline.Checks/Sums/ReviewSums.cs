using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Checks.Sums;

/// <summary>Table 复议诉讼: per group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
internal static class ReviewSums
{
    public static IEnumerable<SumIdentity> Build() =>
        ReviewTable.Groups.Select(group => new SumIdentity(
            $"review.{group}.total", SumKind.Total,
            [Cell(group, "total")], SumRelation.Equal,
            new[] { "upheld", "corrected", "other", "pending" }.Select(o => Cell(group, o)).ToArray(),
            "复议诉讼情况表：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", "review.total"));

    private static string Cell(string group, string outcome) =>
        CanonicalTable.CellId(CanonicalTable.Review, group, outcome);
}
