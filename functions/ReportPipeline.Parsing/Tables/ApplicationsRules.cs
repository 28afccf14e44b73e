using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Rows of table 申请 (2019 and 2021) with their printed labels.</summary>
internal static class ApplicationsRules
{
    public static IReadOnlyList<RowRule> All { get; } =
    [
        new(ApplicationsTable.New, "一、本年新收政府信息公开申请数量", ["本年新收"]),
        new(ApplicationsTable.CarriedOver, "二、上年结转政府信息公开申请数量", ["上年结转"]),
        new(ApplicationsTable.Disclosed, "（一）予以公开", ["予以公开"]),
        new(ApplicationsTable.Partial, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["部分公开"]),
        new("refused.1", "1.属于国家秘密", ["国家秘密"]),
        new("refused.2", "2.其他法律行政法规禁止公开", ["法律行政法规禁止", "其他法律行政"]),
        new("refused.3", "3.危及“三安全一稳定”", ["三安全一稳定"]),
        new("refused.4", "4.保护第三方合法权益", ["第三方合法权益"]),
        new("refused.5", "5.属于三类内部事务信息", ["内部事务"]),
        new("refused.6", "6.属于四类过程性信息", ["过程性信息"]),
        new("refused.7", "7.属于行政执法案卷", ["行政执法案卷"]),
        new("refused.8", "8.属于行政查询事项", ["行政查询事项"]),
        new("unavailable.1", "1.本机关不掌握相关政府信息", ["不掌握"]),
        new("unavailable.2", "2.没有现成信息需要另行制作", ["没有现成信息", "另行制作"]),
        new("unavailable.3", "3.补正后申请内容仍不明确", ["补正后申请内容", "仍不明确"]),
        new("notProcessed.1", "1.信访举报投诉类申请", ["信访举报投诉"]),
        new("notProcessed.2", "2.重复申请", ["重复申请"]),
        new("notProcessed.3", "3.要求提供公开出版物", ["公开出版物"]),
        new("notProcessed.4", "4.无正当理由大量反复申请", ["大量反复申请"]),
        new("notProcessed.5", "5.要求行政机关确认或重新出具已获取信息", ["确认或重新出具", "已获取信息"]),
        new(ApplicationsTable.Other2019, "（六）其他处理", ["其他处理"]),
        new("other.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["逾期不补正"]),
        new("other.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["收费通知", "缴纳费用"]),
        new("other.3", "3.其他", [], Exact: "其他"),
        new(ApplicationsTable.Total, "（七）总计", [], Exact: "总计"),
        new(ApplicationsTable.CarriedForward, "四、结转下年度继续办理", ["结转下年"]),
    ];

    /// <summary>Printed column labels, in <see cref="ApplicationsTable.Columns"/> order.</summary>
    public static IReadOnlyList<string> ColumnLabels { get; } =
        ["自然人", "法人或其他组织·商业企业", "法人或其他组织·科研机构", "法人或其他组织·社会公益组织", "法人或其他组织·法律服务机构", "法人或其他组织·其他", "总计"];

    /// <summary>Rows of the 2019 trial table (（六）其他处理 is one row) and of the 2021 table (three sub-rows).</summary>
    public static IReadOnlyList<RowRule> ForVersion(bool is2021) =>
        All.Where(r => is2021 ? r.RowId != ApplicationsTable.Other2019 : !r.RowId.StartsWith("other.", StringComparison.Ordinal)).ToList();
}
