using ReportPipeline.Checks.Completeness;
using ReportPipeline.Checks.Deadlines;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;
using static ReportPipeline.Checks.Tests.Support.Reports;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>One firing and one clean situation per catalogued rule (the guard test checks none is missing).</summary>
internal static partial class RuleCases
{
    public static IReadOnlyList<RuleCase> All { get; } =
    [
        .. DeadlineCases(), .. SumCases(), .. TextCases(), .. CrossYearCases(), .. CompletenessCases(),
        .. CopyCases(), .. IntegrityCases(),
    ];

    private static IEnumerable<RuleCase> DeadlineCases()
    {
        yield return new("deadline.late",
            () => Check.Run(CleanNarrative() with { PublishedOn = Page(2017, 4, 5) }),
            () => Check.Run(CleanNarrative() with { PublishedOn = Page(2017, 2, 22) }));
        yield return new("deadline.dates-disagree",
            () => Check.Run(CleanNarrative() with { DateSignals = [Page(2017, 1, 20), Url(2017, 1, 23)] }),
            () => Check.Run(CleanNarrative() with
            {
                DateSignals = [Page(2017, 1, 20), Url(2017, 1, 20), new DateSignal(new DateOnly(2017, 9, 1), DateEvidenceKind.FirstSeen, "crawler")],
            }));
        yield return new("missing.report",
            () => [MissingReportRule.Evaluate("某局", AgencyLevel.Department, 2020, false, new DateOnly(2021, 2, 8), Deadline(2021, 1, 31), 7)!],
            () => new[]
            {
                MissingReportRule.Evaluate("某局", AgencyLevel.Department, 2020, true, new DateOnly(2021, 3, 1), Deadline(2021, 1, 31), 7),
                MissingReportRule.Evaluate("某局", AgencyLevel.Department, 2020, false, new DateOnly(2021, 2, 7), Deadline(2021, 1, 31), 7),
            }.OfType<Core.Findings.Finding>().ToArray());
    }

    private static IEnumerable<RuleCase> SumCases()
    {
        yield return new("sum.identity",
            () => Check.Run(Clean2021(edit: c => { c["applications.new.natural"] = "11"; c["applications.new.total"] = "11"; })),
            () => Check.Run(Clean2021()));
        yield return new("sum.total",
            () => Check.Run(Clean2021(edit: c => { c["applications.disclosed.natural"] = "6"; c["applications.disclosed.total"] = "6"; })),
            () => Check.Run(Clean2021()));
        yield return new("sum.channels",
            () => Check.Run(WithStats(CleanNarrative(), Channels(13100))),
            () => Check.Run(WithStats(CleanNarrative(), Channels(10000))));
        yield return new("sum.part-of-whole",
            () => Check.Run(WithStats(CleanNarrative(), (Stats2008Rows.ProactiveTotal, "10"), (Stats2008Rows.ProactiveNormative, "12"))),
            () => Check.Run(WithStats(CleanNarrative(), (Stats2008Rows.ProactiveTotal, "10"), (Stats2008Rows.ProactiveNormative, "1"))));
        yield return new("completeness.identity-incomplete",
            () => Check.Run(Clean2021(edit: c => c["applications.partial.natural"] = "")),
            () => Check.Run(Clean2021()));
        yield return new("completeness.blank-cell",
            () => Check.Run(WithStats(CleanNarrative(), (Stats2008Rows.Budget, "万元"))),
            () => Check.Run(WithStats(CleanNarrative(), (Stats2008Rows.Budget, "0"))));
    }

    private static IEnumerable<RuleCase> TextCases()
    {
        yield return new("text-table.mismatch",
            () => Check.Run(Clean2021(text: Standard2021Text.Replace("行政诉讼2件", "行政诉讼3件", StringComparison.Ordinal))),
            () => Check.Run(Clean2021()));
        yield return new("text-table.scope",
            () => Check.Run(Clean2021(text: Standard2021Text + "另收到备案的政府信息公开申请15件。\n")),
            () => Check.Run(Clean2021(text: Standard2021Text.Replace("收到政府信息公开申请10件", "收到政府信息公开申请12件", StringComparison.Ordinal))));
        yield return new("narrative.parts-sum",
            () => Check.Run(Narrative(CleanNarrativeText + "我区2015年度共接受市民咨询约8000人次，其中咨询电话接听约1000人次，当面咨询约5000次，网上咨询约1000人次。")),
            () => Check.Run(CleanNarrative()));
        yield return new("narrative.percentage",
            () => Check.Run(Narrative(CleanNarrativeText + "全年共受理咨询200件，其中当场答复180件，占95%。")),
            () => Check.Run(Narrative(CleanNarrativeText + "全年共受理咨询200件，其中当场答复180件，占90%。")));
    }

    private static DateSignal Page(int y, int m, int d) => new(new DateOnly(y, m, d), DateEvidenceKind.PageDate, $"发布时间:{y}-{m:00}-{d:00}");

    private static DateSignal Url(int y, int m, int d) =>
        new(new DateOnly(y, m, d), DateEvidenceKind.UrlDate, $"/{y}{m:00}/t{y}{m:00}{d:00}_1.htm");

    private static Deadline Deadline(int y, int m, int d) => new(new DateOnly(y, m, d), "test");

    public static ParsedReport WithStats(ParsedReport report, params (string Row, string Raw)[] rows) =>
        report with { Tables = [.. report.Tables, .. TablesOf(rows.ToDictionary(r => Stats2008Rows.CellId(r.Row), r => r.Raw))] };

    public static (string, string)[] Channels(int total) =>
    [
        (Stats2008Rows.ProactiveTotal, total.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (Stats2008Rows.ChannelGazette, "0"), (Stats2008Rows.ChannelWebsite, "9540"), (Stats2008Rows.ChannelWeibo, "0"),
        (Stats2008Rows.ChannelWechat, "360"), (Stats2008Rows.ChannelOther, "410"),
    ];
}
