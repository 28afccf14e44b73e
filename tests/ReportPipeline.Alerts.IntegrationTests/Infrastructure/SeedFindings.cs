using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>
/// The known findings of the seed reports (DOMAIN.md §5), shaped as the checker builds them (its rule ids,
/// messages, cells, arithmetic, quoted sentences and source URLs).
/// </summary>
internal static class SeedFindings
{
    public const string Chongchuan = "南通市崇川区人民政府";
    public const string Changde = "常德经济技术开发区管理委员会";
    public const string Jintan = "常州市金坛经济开发区管理委员会";
    private const string ChongchuanUrl = "http://www.chongchuan.gov.cn/nbzwgk/info/2017-02/22/art_1.html";

    public static IReadOnlyList<Finding> All { get; } =
    [
        new("text-table.mismatch", Severity.Error,
            $"{Chongchuan}2016年度报告正文所述“行政诉讼其他情形”与统计表不一致：正文为1件，表中为0件。请核对正文与统计表。",
            new Evidence(Cells: new Dictionary<string, string> { ["stats2008.litigation.other"] = "0", ["stats2008.litigation.corrected"] = "1" },
                Sentences: ["因政府信息公开提起行政诉讼1件，其中维持具体行政行为或者驳回原告诉讼请求数0件，其他情形数1件。"],
                Arithmetic: "正文 1 ≠ 表 0 = 0", SourceUrl: ChongchuanUrl),
            Chongchuan, 2016, "text:litigation.other", "002"),
        new("sum.channels", Severity.Error,
            $"{Chongchuan}2016年度报告主动公开政府信息数超过各渠道公开数之和：0 + 9540 + 0 + 360 + 410 = 10310 < 13100。请核对主动公开总数及各渠道数据。",
            new Evidence(Cells: new Dictionary<string, string>
                {
                    ["stats2008.proactive.total"] = "13100", ["stats2008.proactive.gazette"] = "0",
                    ["stats2008.proactive.website"] = "9540", ["stats2008.proactive.weibo"] = "0",
                    ["stats2008.proactive.wechat"] = "360", ["stats2008.proactive.other"] = "410",
                },
                Arithmetic: "0 + 9540 + 0 + 360 + 410 = 10310 < 13100", SourceUrl: ChongchuanUrl),
            Chongchuan, 2016, "stats2008.proactive", "002"),
        new("completeness.blank-cell", Severity.Warning,
            $"{Chongchuan}2016年度报告统计表“专项经费（万元）”一栏为空白。空白不等于0，请填写数值或注明“0”。",
            new Evidence(Cells: new Dictionary<string, string> { ["stats2008.org.budget"] = "" }, SourceUrl: ChongchuanUrl),
            Chongchuan, 2016, "stats2008.org.budget", "002"),
        new("integrity.injected-spam", Severity.Error,
            $"{Chongchuan}2016年度报告所在页面含有疑似被植入的违法广告/赌博内容（“bt365在线投注”）。网站可能已被篡改，请立即核查网站安全并清除。",
            new Evidence(Sentences: ["[chrome] 版权所有：bt365在线投注 技术支持"],
                Facts: new Dictionary<string, string> { ["terms"] = "bt365在线投注" }, SourceUrl: ChongchuanUrl),
            Chongchuan, 2016, "page", "002"),
        new("narrative.parts-sum", Severity.Warning,
            $"{Changde}2015年度报告中“咨询约8000人次”与其分项之和不符：1000 + 5000 + 1000 = 7000 ≠ 8000（约数，按警告处理）。",
            new Evidence(Sentences: ["全年共接受咨询约8000人次，其中电话咨询约1000人次、当面咨询约5000人次、网上咨询约1000人次。"],
                Arithmetic: "1000 + 5000 + 1000 = 7000 ≠ 8000",
                SourceUrl: "http://www.cdkfq.gov.cn/zwgk/xxgkndbg/content_2016.html"),
            Changde, 2015, "text:consultation", "004"),
        new("completeness.narrative-part", Severity.Warning,
            $"{Jintan}2017年度报告缺少“因政府信息公开申请行政复议、提起行政诉讼的情况”的内容（如无此类情况，也应说明“无”）。请补充。",
            new Evidence(Sentences: ["一、主动公开政府信息情况", "二、依申请公开政府信息情况", "三、存在的主要问题及改进措施"],
                Facts: new Dictionary<string, string> { ["keywords"] = "复议, 诉讼" },
                SourceUrl: "http://www.jtkfq.gov.cn/xxgk/ndbg/2018/0301.html"),
            Jintan, 2017, "part.review", "003"),
    ];

    /// <summary>The Chongchuan 2016 findings: 3 errors and 1 warning on one report.</summary>
    public static IReadOnlyList<Finding> Chongchuan2016 => All.Where(f => f.Agency == Chongchuan).ToList();

    public static Finding WithAgency(Finding finding, string agency) => finding with { Agency = agency };
}
