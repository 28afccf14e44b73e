namespace ReportPipeline.Core.Canonical;

/// <summary>Table 主动公开: cell id "active.{row}.{column}". The parser owns the full list in docs/schema.md.</summary>
public static class ActiveTable
{
    public const string Rules = "rules";                 // 规章
    public const string NormativeDocs = "normativeDocs"; // 行政规范性文件
    public const string Licensing = "licensing";         // 行政许可
    public const string OtherServices = "otherServices"; // 其他对外管理服务事项 (2019)
    public const string Penalty = "penalty";             // 行政处罚
    public const string Enforcement = "enforcement";     // 行政强制
    public const string Fees = "fees";                   // 行政事业性收费
    public const string Procurement = "procurement";     // 政府集中采购 (2019)

    // 2021 columns
    public const string Issued = "issued";     // 本年制发件数
    public const string Repealed = "repealed"; // 本年废止件数
    public const string Current = "current";   // 现行有效件数
    public const string Decisions = "decisions"; // 本年处理决定数量
    public const string Amount = "amount";     // 本年收费金额（万元）/ 采购总金额

    // 2019 trial columns
    public const string Made = "made";               // 本年新制作数量
    public const string Published = "published";     // 本年新公开数量
    public const string TotalPublic = "totalPublic"; // 对外公开总数量
    public const string LastYear = "lastYear";       // 上一年项目数量
    public const string Change = "change";           // 本年增/减
    public const string Count = "count";             // 采购项目数量
}
