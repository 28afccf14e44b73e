using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Rows and columns of table 主动公开 in the 2021 and 2019 versions.</summary>
internal static class ActiveRules
{
    public static IReadOnlyList<RowRule> All { get; } =
    [
        new(ActiveTable.Rules, "规章", ["规章"]),
        new(ActiveTable.NormativeDocs, "行政规范性文件（2019：规范性文件）", ["规范性文件"]),
        new(ActiveTable.Licensing, "行政许可", ["行政许可"]),
        new(ActiveTable.OtherServices, "其他对外管理服务事项", ["对外管理服务"]),
        new(ActiveTable.Penalty, "行政处罚", ["行政处罚"]),
        new(ActiveTable.Enforcement, "行政强制", ["行政强制"]),
        new(ActiveTable.Fees, "行政事业性收费", ["行政事业性收费"]),
        new(ActiveTable.Procurement, "政府集中采购", ["集中采购"]),
    ];

    /// <summary>Column ids of a row, from how many values it has; the 2019 trial columns differ for 规章/规范性文件.</summary>
    public static IReadOnlyList<string> Columns(string rowId, int valueCount, bool is2019) => rowId switch
    {
        ActiveTable.Rules or ActiveTable.NormativeDocs => is2019
            ? [ActiveTable.Made, ActiveTable.Published, ActiveTable.TotalPublic]
            : [ActiveTable.Issued, ActiveTable.Repealed, ActiveTable.Current],
        ActiveTable.Fees => valueCount >= 2 ? [ActiveTable.LastYear, ActiveTable.Change] : [ActiveTable.Amount],
        ActiveTable.Procurement => [ActiveTable.Count, ActiveTable.Amount],
        _ => valueCount >= 3 ? [ActiveTable.LastYear, ActiveTable.Change, ActiveTable.Decisions] : [ActiveTable.Decisions],
    };

    public static string ColumnLabel(string column) => column switch
    {
        ActiveTable.Issued => "本年制发件数",
        ActiveTable.Repealed => "本年废止件数",
        ActiveTable.Current => "现行有效件数",
        ActiveTable.Decisions => "本年处理决定数量",
        ActiveTable.Amount => "本年收费金额（万元）/ 采购总金额",
        ActiveTable.Made => "本年新制作数量",
        ActiveTable.Published => "本年新公开数量",
        ActiveTable.TotalPublic => "对外公开总数量",
        ActiveTable.LastYear => "上一年项目数量",
        ActiveTable.Change => "本年增/减",
        ActiveTable.Count => "采购项目数量",
        _ => column,
    };
}
