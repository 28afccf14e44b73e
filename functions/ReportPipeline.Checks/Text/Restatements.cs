using System.Text.RegularExpressions;
using ReportPipeline.Core.Canonical;
using S = ReportPipeline.Core.Canonical.Stats2008Rows;

namespace ReportPipeline.Checks.Text;

/// <summary>The narrative restatements the checker compares with the tables (DOMAIN.md §4.3), as data.</summary>
public static class Restatements
{
    private const string Litigation = "行政诉讼";
    private const string Reconsideration = "行政复议";

    public static IReadOnlyList<Restatement> All { get; } =
    [
        Outcome("litigation.other", "行政诉讼其他情形（其他结果）数", Litigation, Reconsideration, Other, S.LitigationOther, LitigationCells("other")),
        Outcome("litigation.corrected", "行政诉讼被依法纠错（结果纠正）数", Litigation, Reconsideration, Corrected, S.LitigationCorrected, LitigationCells("corrected")),
        Outcome("litigation.upheld", "行政诉讼维持数", Litigation, Reconsideration, Upheld, S.LitigationUpheld, LitigationCells("upheld")),
        Outcome("litigation.pending", "行政诉讼尚未审结数", Litigation, Reconsideration, Pending, null, LitigationCells("pending")),
        new("litigation.total", "行政诉讼数量", Litigation, null, Rx(@"行政诉讼(?:案件)?(?<n>\d+)(?:件|起)"),
            [[S.CellId(S.LitigationTotal)], LitigationCells("total")], []),
        Outcome("reconsideration.other", "行政复议其他情形（其他结果）数", Reconsideration, Litigation, Other, S.ReconsiderationOther, [Review(ReviewTable.Reconsideration, "other")]),
        Outcome("reconsideration.corrected", "行政复议被依法纠错（结果纠正）数", Reconsideration, Litigation, Corrected, S.ReconsiderationCorrected, [Review(ReviewTable.Reconsideration, "corrected")]),
        Outcome("reconsideration.upheld", "行政复议维持数", Reconsideration, Litigation, Upheld, S.ReconsiderationUpheld, [Review(ReviewTable.Reconsideration, "upheld")]),
        Outcome("reconsideration.pending", "行政复议尚未审结数", Reconsideration, Litigation, Pending, null, [Review(ReviewTable.Reconsideration, "pending")]),
        new("reconsideration.total", "行政复议数量", Reconsideration, null, Rx(@"行政复议(?:案件)?(?<n>\d+)(?:件|起)"),
            [[S.CellId(S.ReconsiderationTotal)], [Review(ReviewTable.Reconsideration, "total")]], []),
        new("applications.received", "收到申请数", "申请", "备案", Rx(Application("收到|受理|接收")),
            [[S.CellId(S.ApplicationsReceived)], [App(ApplicationsTable.New)]],
            [[App(ApplicationsTable.New), App(ApplicationsTable.CarriedOver)]]),
        new("applications.closed", "办结（答复）申请数", "申请", "备案", Rx(Application("办结|答复")),
            [[S.CellId(S.ApplicationsClosed)], [App(ApplicationsTable.Total)]],
            [[S.CellId(S.RepliesTotal)]], ScopeSensitive: true),
        new("proactive.total", "主动公开政府信息数", "主动公开", null, Rx(@"主动公开[^。，,；]{0,12}?信息(?<n>\d+)条"),
            [[S.CellId(S.ProactiveTotal)]], [], ScopeSensitive: true),
        new("normativeDocs.current", "现行有效行政规范性文件件数", "现行有效", null,
            Rx(@"现行有效[^。，,；]{0,10}?规范性文件(?<n>\d+)件"),
            [[CanonicalTable.CellId(CanonicalTable.Active, ActiveTable.NormativeDocs, ActiveTable.Current)]], []),
        new("filing.scope", "备案申请数", "备案", null, Rx(Application("收到|受理|接收")),
            [[S.CellId(S.ApplicationsReceived)], [App(ApplicationsTable.New)]], [], ScopeSensitive: true),
    ];

    private const string Other = @"其他(?:情形|结果)数?(?<n>\d+)(?:件|起)";
    private const string Corrected = @"(?:纠错|纠正)数?(?<n>\d+)(?:件|起)";
    private const string Upheld = @"维持[^，,、；]*?(?<n>\d+)(?:件|起)";
    private const string Pending = @"尚未审结(?<n>\d+)(?:件|起)";

    /// <summary>An outcome count: the 2008-era 统计表 row (when there is one), else the 复议诉讼 table cells.</summary>
    private static Restatement Outcome(string id, string label, string context, string exclude, string pattern, string? row,
        IReadOnlyList<string> reviewCells) =>
        new(id, label, context, exclude, Rx(pattern), row is null ? [reviewCells] : [[S.CellId(row)], reviewCells], []);

    /// <summary>Litigation in the 2019/2021 table: 未经复议直接起诉 + 复议后起诉.</summary>
    private static string[] LitigationCells(string outcome) =>
        [Review(ReviewTable.LitigationDirect, outcome), Review(ReviewTable.LitigationAfterReview, outcome)];

    /// <summary>A verb, then (within the clause) an information-disclosure application count: "收到…公开申请92件".</summary>
    private static string Application(string verbs) =>
        $@"(?:{verbs})(?=[^。，,；]{{0,25}}?公开)[^。，,；]{{0,25}}?申请[^。，,；]{{0,6}}?(?<n>\d+)件";

    private static string Review(string group, string outcome) => CanonicalTable.CellId(CanonicalTable.Review, group, outcome);

    private static string App(string row) => CanonicalTable.CellId(CanonicalTable.Applications, row, "total");

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
