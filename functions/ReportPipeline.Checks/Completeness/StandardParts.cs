using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Completeness;

/// <summary>What the 2019 and 2021 templates require: six numbered sections and three tables.</summary>
internal static class StandardParts
{
    public static IReadOnlyList<(string Number, string Name)> Sections { get; } =
    [
        ("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
        ("四", "政府信息公开行政复议、行政诉讼情况"), ("五", "存在的主要问题及改进情况"), ("六", "其他需要报告的事项"),
    ];

    public static IReadOnlyList<(string Kind, string Name)> Tables { get; } =
    [
        (CanonicalTable.Active, "主动公开政府信息情况表"),
        (CanonicalTable.Applications, "收到和处理政府信息公开申请情况表"),
        (CanonicalTable.Review, "政府信息公开行政复议、行政诉讼情况表"),
    ];

    public static bool IsStandard(ReportFormat format) =>
        format is ReportFormat.Standard2019 or ReportFormat.Standard2021;

    public static ReportSection? Find(ParsedReport report, string number) =>
        report.Sections.FirstOrDefault(s => s.Level == 1 && Normalize(s.Number) == number);

    private static string Normalize(string number) => number.Trim().TrimEnd('、', '.', '．', ' ');
}
