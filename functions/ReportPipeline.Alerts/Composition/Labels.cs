using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Composition;

/// <summary>The Chinese words an officer reads for severities, changes, rule families and evidence facts.</summary>
public static class Labels
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string Of(ChangeKind change) => change switch
    {
        ChangeKind.New => "新发现",
        ChangeKind.StillOpen => "仍未整改",
        _ => "已整改",
    };

    public static string Family(string family) => family switch
    {
        "deadline" => "逾期发布",
        "missing" => "未发布",
        "sum" => "表内数据不平衡",
        "text-table" => "正文与表格不一致",
        "narrative" => "正文数字不一致",
        "cross-year" => "跨年度数据不衔接",
        "completeness" => "内容不完整",
        "copy" => "重复或过时内容",
        "integrity" => "页面被篡改",
        _ => family,
    };

    /// <summary>Known keys of <see cref="Evidence.Facts"/>; unknown keys are shown as they are.</summary>
    public static string Fact(string key) => key switch
    {
        "deadline" => "截止日期",
        "publishedOn" or "published" => "发布日期",
        "dateEvidence" or "decidedBy" => "日期依据",
        "deadlineSource" => "期限依据",
        "graceDays" => "宽限天数",
        "daysLate" => "逾期天数",
        "firstSeen" => "首次发现",
        "previousReport" => "上年报告",
        "region" => "地区",
        "terms" => "命中词语",
        "keywords" => "检索关键词",
        "stated" => "正文数值",
        "table" => "表内数值",
        "label" => "项目",
        _ => key,
    };
}
