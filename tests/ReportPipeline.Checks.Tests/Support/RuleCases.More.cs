using ReportPipeline.Checks.Completeness;
using ReportPipeline.Core.Model;
using static ReportPipeline.Checks.Tests.Support.Reports;

namespace ReportPipeline.Checks.Tests.Support;

internal static partial class RuleCases
{
    private const string OtherText =
        "一、概述\n本机关坚持以公开为常态、不公开为例外，持续深化政务公开标准化规范化建设。\n" +
        "二、主动公开政府信息情况\n围绕优化营商环境、乡村振兴和民生保障等重点领域持续做好信息发布和政策解读工作。\n";

    private static IEnumerable<RuleCase> CrossYearCases()
    {
        yield return new("cross-year.carry-over",
            () => Check.Run(Clean2021(), Previous(c => { c["applications.carriedForward.natural"] = "3"; c["applications.carriedForward.total"] = "3"; })),
            () => Check.Run(Clean2021(), Previous(null)));
        yield return new("cross-year.stock",
            () => Check.Run(Clean2021(), Previous(c => c["active.normativeDocs.current"] = "30")),
            () => Check.Run(Clean2021(), Previous(c => { c["active.normativeDocs.current"] = "18"; c["active.rules.current"] = "4"; })));
        yield return new("cross-year.counter-fell",
            () => Check.Run(Narrative("2017年我区累计主动公开政府信息500条。", 2017), Narrative("2016年我区累计主动公开政府信息876条。", 2016)),
            () => Check.Run(Narrative("2017年我区累计主动公开政府信息500条。", 2017), Narrative("2016年我区累计主动公开政府信息400条。", 2016)));
        yield return new("cross-year.jump",
            () => Check.Run(Clean2021(), Previous(c => c["applications.new.total"] = "100")),
            () => Check.Run(Clean2021(), Previous(c => c["applications.new.total"] = "12")));
    }

    private static IEnumerable<RuleCase> CompletenessCases()
    {
        yield return new("completeness.template",
            () => Check.Run(Clean2021(2022) with { Format = ReportFormat.Standard2019 }),
            () => Check.Run(Clean2021(2022)));
        yield return new("completeness.sections",
            () => Check.Run(Clean2021() with { Sections = Clean2021().Sections.Where(s => s.Number != "六").ToArray() }),
            () => Check.Run(Clean2021()));
        yield return new("completeness.tables",
            () => Check.Run(Clean2021() with { Tables = Clean2021().Tables.Where(t => t.Kind != "review").ToArray() }),
            () => Check.Run(Clean2021()));
        yield return new("completeness.empty-section",
            () => Check.Run(Clean2021(text: EmptyFive())),
            () => Check.Run(Clean2021()));
        yield return new("completeness.statistics-period",
            () => Check.Run(Clean2021() with { StatisticsPeriod = new(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), "统计期限自2020年1月1日起至2020年12月31日止") }),
            () => Check.Run(Clean2021()));
        yield return new("completeness.announced-section",
            () => Check.Run(CleanNarrative() with { AnnouncedSections = ["概述", "主动公开政府信息情况", "收费及减免情况"] }),
            () => Check.Run(CleanNarrative() with { AnnouncedSections = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "复议、诉讼的情况", "主要问题和改进措施"] }));
        yield return new("completeness.narrative-part",
            () => Check.Run(Narrative(CleanNarrativeText.Replace("四、复议、诉讼情况\n全年没有关于政府信息公开事务的行政复议和行政诉讼。\n", "", StringComparison.Ordinal))),
            () => Check.Run(CleanNarrative()));
        yield return new("completeness.unreadable",
            () => [ParseFailureRule.Create("某局", 2020, "扫描件PDF，无文字层", "portal/abc.pdf", "abc", null)],
            () => Check.Run(CleanNarrative()));
    }

    private static IEnumerable<RuleCase> CopyCases()
    {
        yield return new("copy.previous-year",
            () => Check.Run(CleanNarrative(2017), CleanNarrative(2016)),
            () => Check.Run(CleanNarrative(2017), Narrative(OtherText, 2016)));
        yield return new("copy.peer",
            () => Check.Run(CleanNarrative(agency: "甲区人民政府"), peers: [CleanNarrative(agency: "乙区人民政府")]),
            () => Check.Run(CleanNarrative(agency: "甲区人民政府"), peers: [Narrative(OtherText, agency: "乙区人民政府")]));
        yield return new("copy.stale-year",
            () => Check.Run(Sectioned(CleanNarrativeText + "六、下一步工作打算\n2016年我们将进一步加强政府信息公开平台建设。\n", 2016)),
            () => Check.Run(Sectioned("根据《关于做好2016年度政府信息公开工作年度报告编制工作的通知》要求编制本报告。\n" + CleanNarrativeText
                + "六、下一步工作打算\n2017年我们将进一步加强政府信息公开平台建设。\n", 2016)));
        yield return new("copy.foreign-agency",
            () => Check.Run(Narrative(CleanNarrativeText + "常州市天宁区人民政府\n", agency: "常州市钟楼区人民政府"),
                peers: [Narrative(OtherText, agency: "常州市天宁区人民政府")]),
            () => Check.Run(Narrative(CleanNarrativeText + "常州市钟楼区人民政府\n", agency: "常州市钟楼区人民政府"),
                peers: [Narrative(OtherText, agency: "常州市天宁区人民政府")]));
    }

    private static IEnumerable<RuleCase> IntegrityCases()
    {
        yield return new("integrity.injected-spam",
            () => Check.Run(Narrative(CleanNarrativeText + "拓宽信息公开渠道。主要有bt365在线投注网站、区档案馆、区政务中心。")),
            () => Check.Run(Narrative(CleanNarrativeText + "公开了福利彩票公益金使用情况。")));
        yield return new("integrity.hidden-link",
            () => Check.Run(CleanNarrative() with { HiddenFragments = ["<div style=\"display:none\"><a href=\"http://spam.example.com/x\">娱乐</a></div>"] }),
            () => Check.Run(CleanNarrative() with { HiddenFragments = ["<a href=\"https://www.gov.cn/\">中国政府网</a>"] }));
    }

    private static ParsedReport Previous(Action<Dictionary<string, string>>? edit) => Clean2021(2020, edit: edit);

    private static ParsedReport Sectioned(string text, int year) => Narrative(text, year) with { Sections = SectionsOf(text) };

    private static string EmptyFive() =>
        Standard2021Text.Replace("一是政府信息公开平台建设和管理有待进一步提升，二是政务公开场所建设有待加强。下一年度将加强平台建设。", "无。",
            StringComparison.Ordinal);
}
