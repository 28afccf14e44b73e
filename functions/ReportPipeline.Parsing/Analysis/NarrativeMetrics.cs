using System.Text.RegularExpressions;
using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>Which summary metric a number in the text restates, from the words around it.</summary>
internal static partial class NarrativeMetrics
{
    public static string? Recognise(string before, string after, string sentence, string unit)
    {
        if (CarriedForward().IsMatch(before + "|" + after)) return MetricIds.ApplicationsCarriedForward;
        if (CarriedOver().IsMatch(before)) return MetricIds.ApplicationsCarriedOver;
        if (before.Contains("其中", StringComparison.Ordinal)) return null;
        if (unit is "件" or "起" or "宗")
        {
            if (before.Contains("行政复议", StringComparison.Ordinal)) return MetricIds.ReconsiderationTotal;
            if (before.Contains("行政诉讼", StringComparison.Ordinal)) return MetricIds.LitigationTotal;
            if (Received().IsMatch(before)) return MetricIds.ApplicationsNew;
            if (Closed().IsMatch(before) && sentence.Contains("申请", StringComparison.Ordinal)) return MetricIds.ApplicationsClosed;
        }
        if (unit == "条" && Proactive().IsMatch(before)) return MetricIds.ProactiveTotal;
        return null;
    }

    [GeneratedRegex("结转下年|顺延到下年|转入下年|结转至下年|结转到下年")]
    private static partial Regex CarriedForward();

    [GeneratedRegex("上年度?结转|上年度?转入|转至今年|上一年度结转")]
    private static partial Regex CarriedOver();

    [GeneratedRegex("(?:收到|受理|新收|接收).*申请|申请.*(?:收到|受理)|依申请公开.*(?:收到|受理)")]
    private static partial Regex Received();

    [GeneratedRegex("答复|办结|办理")]
    private static partial Regex Closed();

    [GeneratedRegex("主动(?:公开|发布).*信息")]
    private static partial Regex Proactive();
}
