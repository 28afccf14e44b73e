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
        Outcome("litigation.other", "行政诉讼其他情形数", Litigation, Reconsideration, @"其他情形数?(?<n>\d+)(?:件|起)", S.LitigationOther),
        Outcome("litigation.corrected", "行政诉讼被依法纠错数", Litigation, Reconsideration, @"纠错数?(?<n>\d+)(?:件|起)", S.LitigationCorrected),
        Outcome("litigation.upheld", "行政诉讼维持数", Litigation, Reconsideration, @"维持[^，,、；]*?(?<n>\d+)(?:件|起)", S.LitigationUpheld),
        new("litigation.total", "行政诉讼数量", Litigation, null, Rx(@"行政诉讼(?:案件)?(?<n>\d+)(?:件|起)"),
            [[S.CellId(S.LitigationTotal)], [Review(ReviewTable.LitigationDirect), Review(ReviewTable.LitigationAfterReview)]], []),
        Outcome("reconsideration.other", "行政复议其他情形数", Reconsideration, Litigation, @"其他情形数?(?<n>\d+)(?:件|起)", S.ReconsiderationOther),
        Outcome("reconsideration.corrected", "行政复议被依法纠错数", Reconsideration, Litigation, @"纠错数?(?<n>\d+)(?:件|起)", S.ReconsiderationCorrected),
        Outcome("reconsideration.upheld", "行政复议维持数", Reconsideration, Litigation, @"维持[^，,、；]*?(?<n>\d+)(?:件|起)", S.ReconsiderationUpheld),
        new("reconsideration.total", "行政复议数量", Reconsideration, null, Rx(@"行政复议(?:案件)?(?<n>\d+)(?:件|起)"),
            [[S.CellId(S.ReconsiderationTotal)], [Review(ReviewTable.Reconsideration)]], []),
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

    private static Restatement Outcome(string id, string label, string context, string exclude, string pattern, string row) =>
        new(id, label, context, exclude, Rx(pattern), [[S.CellId(row)]], []);

    /// <summary>A verb, then (within the clause) an information-disclosure application count: "收到…公开申请92件".</summary>
    private static string Application(string verbs) =>
        $@"(?:{verbs})(?=[^。，,；]{{0,25}}?公开)[^。，,；]{{0,25}}?申请[^。，,；]{{0,6}}?(?<n>\d+)件";

    private static string Review(string group) => CanonicalTable.CellId(CanonicalTable.Review, group, "total");

    private static string App(string row) => CanonicalTable.CellId(CanonicalTable.Applications, row, "total");

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
