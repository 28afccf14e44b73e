using System.Text.RegularExpressions;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>Which template the report follows, from its tables first, then its headings and year.</summary>
internal static partial class FormatClassifier
{
    private static readonly string[] StandardHeadings = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"];

    public static ReportFormat Classify(string? title, string text, int? year, IReadOnlyList<ReportTable> tables)
    {
        if (year is null || !IsAnnualReport(title, text)) return ReportFormat.Unknown;
        var cells = tables.SelectMany(t => t.Cells.Keys).ToList();
        var standardTables = tables.Any(t => t.Kind is CanonicalTable.Applications or CanonicalTable.Review or CanonicalTable.Active);
        if (standardTables)
        {
            if (cells.Any(c => c.StartsWith("applications.other.", StringComparison.Ordinal) || c.EndsWith(".issued", StringComparison.Ordinal) || c.EndsWith(".current", StringComparison.Ordinal)))
                return ReportFormat.Standard2021;
            if (cells.Any(c => c.EndsWith(".totalPublic", StringComparison.Ordinal) || c.EndsWith(".made", StringComparison.Ordinal) || c.StartsWith("applications.other.", StringComparison.Ordinal)))
                return ReportFormat.Standard2019;
            return year >= 2021 ? ReportFormat.Standard2021 : ReportFormat.Standard2019;
        }
        if (tables.Any(t => t.Kind == CanonicalTable.Stats2008) || year <= 2018) return ReportFormat.Narrative2008;
        var headings = StandardHeadings.Count(h => text.Contains(h, StringComparison.Ordinal));
        if (headings >= 3) return year >= 2021 ? ReportFormat.Standard2021 : ReportFormat.Standard2019;
        return ReportFormat.Unknown;
    }

    private static bool IsAnnualReport(string? title, string text)
    {
        var probe = (title ?? "") + (text.Length > 3000 ? text[..3000] : text);
        return Disclosure().IsMatch(probe) && Report().IsMatch(probe);
    }

    [GeneratedRegex("信息公开|政务公开")]
    private static partial Regex Disclosure();

    [GeneratedRegex("年度报告|年报|工作报告|报告")]
    private static partial Regex Report();
}
