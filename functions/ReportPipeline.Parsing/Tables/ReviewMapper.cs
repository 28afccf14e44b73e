using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Table 复议诉讼: one row of 15 values (three groups × five outcomes), or one row of five per group.</summary>
internal static class ReviewMapper
{
    private static readonly string[] GroupLabels = ["行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉"];
    private static readonly string[] OutcomeLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    private static readonly IReadOnlyList<RowRule> GroupRules =
    [
        new(ReviewTable.LitigationDirect, "未经复议直接起诉", ["直接起诉"]),
        new(ReviewTable.LitigationAfterReview, "复议后起诉", ["复议后起诉"]),
        new(ReviewTable.Reconsideration, "行政复议", ["行政复议"]),
    ];

    public static MappedTable Map(IReadOnlyList<GridRow> rows)
    {
        var mapped = new MappedTable();
        var outcomes = ReviewTable.Outcomes;
        var all = outcomes.Count * ReviewTable.Groups.Count;
        var full = rows.FirstOrDefault(r => r.Values.Count >= all);
        if (full is not null)
        {
            var values = full.Values.Skip(full.Values.Count - all).ToList();
            for (var i = 0; i < all; i++) Add(mapped, i / outcomes.Count, i % outcomes.Count, values[i]);
            return mapped;
        }
        foreach (var row in rows.Where(r => r.Values.Count >= outcomes.Count))
        {
            var rule = LabelMatcher.Match(row.Labels, GroupRules, null);
            if (rule is null) continue;
            var g = ReviewTable.Groups.ToList().IndexOf(rule.RowId);
            var values = row.Values.Skip(row.Values.Count - outcomes.Count).ToList();
            for (var o = 0; o < outcomes.Count; o++) Add(mapped, g, o, values[o]);
        }
        return mapped;
    }

    private static void Add(MappedTable mapped, int group, int outcome, string raw) =>
        mapped.Add(CanonicalTable.CellId(CanonicalTable.Review, ReviewTable.Groups[group], ReviewTable.Outcomes[outcome]), raw,
            $"{GroupLabels[group]} / {OutcomeLabels[outcome]}");

    public static string Label(int group, int outcome) => $"{GroupLabels[group]} / {OutcomeLabels[outcome]}";
}
