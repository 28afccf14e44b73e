namespace ReportPipeline.Alerts.Composition;

/// <summary>The subject: "【年报监测】3 项错误、2 项警告：崇川区 2016 年度报告", header-safe.</summary>
public static class AlertSubject
{
    public static string For(IReadOnlyList<AlertItem> items, EmailKind kind)
    {
        var prefix = kind == EmailKind.Digest ? "【年报监测·每日汇总】" : "【年报监测】";
        return HeaderText.Clean($"{prefix}{Counts(items)}：{Reports(items)}", maxLength: 180);
    }

    internal static string Counts(IReadOnlyList<AlertItem> items)
    {
        var open = items.Where(i => i.Change != ChangeKind.Resolved).ToList();
        var parts = open.GroupBy(i => i.Finding.Severity)
            .OrderByDescending(g => g.Key)
            .Select(g => $"{g.Count()} 项{Labels.Of(g.Key)}")
            .ToList();
        var resolved = items.Count - open.Count;
        if (resolved > 0)
            parts.Add($"{resolved} 项已整改");
        return string.Join("、", parts);
    }

    private static string Reports(IReadOnlyList<AlertItem> items)
    {
        var reports = items.Select(i => (i.Finding.Agency, i.Finding.ReportYear)).Distinct().ToList();
        var first = $"{reports[0].Agency} {reports[0].ReportYear} 年度报告";
        return reports.Count == 1 ? first : $"{first}等 {reports.Count} 份报告";
    }
}
