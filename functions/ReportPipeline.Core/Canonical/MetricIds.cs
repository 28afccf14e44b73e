namespace ReportPipeline.Core.Canonical;

/// <summary>Summary metrics every format maps onto (docs/schema.md). Ids are stable: checks, tables and alerts use them.</summary>
public static class MetricIds
{
    /// <summary>本年新收; 2008-era 收到/受理申请数.</summary>
    public const string ApplicationsNew = "applications.new";
    /// <summary>上年结转.</summary>
    public const string ApplicationsCarriedOver = "applications.carriedOver";
    /// <summary>（七）总计; 2008-era 申请办结数.</summary>
    public const string ApplicationsClosed = "applications.closed";
    /// <summary>四、结转下年度继续办理.</summary>
    public const string ApplicationsCarriedForward = "applications.carriedForward";
    /// <summary>行政复议总计.</summary>
    public const string ReconsiderationTotal = "reconsideration.total";
    /// <summary>未经复议直接起诉 总计 + 复议后起诉 总计; 2008-era 行政诉讼数量.</summary>
    public const string LitigationTotal = "litigation.total";
    /// <summary>行政规范性文件 本年制发件数.</summary>
    public const string NormativeDocsIssued = "normativeDocs.issued";
    /// <summary>行政规范性文件 本年废止件数.</summary>
    public const string NormativeDocsRepealed = "normativeDocs.repealed";
    /// <summary>行政规范性文件 现行有效件数.</summary>
    public const string NormativeDocsCurrent = "normativeDocs.current";
    /// <summary>主动公开政府信息数 (table or narrative).</summary>
    public const string ProactiveTotal = "proactive.total";

    public static IReadOnlyList<string> All { get; } =
    [
        ApplicationsNew, ApplicationsCarriedOver, ApplicationsClosed, ApplicationsCarriedForward,
        ReconsiderationTotal, LitigationTotal,
        NormativeDocsIssued, NormativeDocsRepealed, NormativeDocsCurrent, ProactiveTotal,
    ];
}
