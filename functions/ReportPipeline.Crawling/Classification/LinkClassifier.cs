using System.Text.RegularExpressions;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Crawling.Classification;

/// <summary>
/// Decides from a link's title whether it is an annual information-disclosure report, for which year and agency
/// (DOMAIN.md §1). Pure: no I/O.
/// </summary>
public static partial class LinkClassifier
{
    private static readonly string[] _websiteReportMarkers = ["网站工作年度报表", "网站年度报表", "网站工作报表", "网站年度工作报表"];
    private static readonly string[] _workPlanMarkers = ["工作要点", "工作计划", "实施方案", "工作方案", "工作安排"];
    private static readonly string[] _reportMarkers = ["年报", "年度报告", "工作报告", "年度工作报告"];
    private static readonly string[] _repostMarkers = ["转发", "转载"];

    public static LinkClassification Classify(string title, PortalDefinition portal)
    {
        var t = Normalize(title);
        if (t.Length == 0) return LinkClassification.Reject("empty link title");
        if (_websiteReportMarkers.Any(t.Contains))
            return LinkClassification.Reject("政府网站工作年度报表 (website annual report, a different report)");
        if (_workPlanMarkers.Any(t.Contains))
            return LinkClassification.Reject("work plan (工作要点/工作计划), not a report");
        if (!t.Contains("信息公开", StringComparison.Ordinal) || !_reportMarkers.Any(t.Contains))
            return LinkClassification.Reject("not an information-disclosure annual report (news or other item)");
        if (t.Contains("关于", StringComparison.Ordinal) && t.EndsWith("通知", StringComparison.Ordinal))
            return LinkClassification.Reject("notice about the reports (通知), not a report");

        var year = ReportYearOf(t);
        var agency = AgencyOf(t, portal);
        var repost = _repostMarkers.Any(t.Contains) || IsSuperior(agency, portal);
        return new LinkClassification(LinkVerdict.AnnualReport,
            repost ? "annual report (repost of a superior body's report)" : "annual report", year, agency, repost);
    }

    /// <summary>The first plausible year written in the title ("2016年", "2015年度", "2021").</summary>
    public static int? ReportYearOf(string title)
    {
        foreach (Match m in YearPattern().Matches(Normalize(title)))
        {
            var y = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (y is >= 2000 and <= 2100) return y;
        }
        return null;
    }

    /// <summary>The publishing body named in the title, mapped to the registry's canonical name when known.</summary>
    public static string? AgencyOf(string title, PortalDefinition portal)
    {
        var t = Normalize(title);
        foreach (var expected in portal.ExpectedAgencies)
        {
            if (new[] { expected.Name }.Concat(expected.Aliases).Any(n => n.Length > 0 && t.Contains(n, StringComparison.Ordinal)))
                return expected.Name;
        }
        if (new[] { portal.Agency }.Concat(portal.AgencyAliases).Any(n => n.Length > 0 && t.Contains(n, StringComparison.Ordinal)))
            return portal.Agency;
        var named = NamedAgency(t);
        return named ?? portal.Agency;
    }

    private static string? NamedAgency(string t)
    {
        var withoutYear = YearPattern().Replace(t, "");
        var cut = withoutYear.IndexOf("信息公开", StringComparison.Ordinal);
        if (cut <= 0) return null;
        var name = withoutYear[..cut].Trim();
        if (name.EndsWith("政府", StringComparison.Ordinal) && !name.EndsWith("人民政府", StringComparison.Ordinal))
            name = name[..^2];
        foreach (var prefix in _repostMarkers) name = name.Replace(prefix, "", StringComparison.Ordinal);
        return name.Length >= 2 ? name : null;
    }

    private static bool IsSuperior(string? agency, PortalDefinition portal) =>
        agency is not null && portal.SuperiorAgencies.Any(s => agency.Contains(s, StringComparison.Ordinal)
            || s.Contains(agency, StringComparison.Ordinal));

    private static string Normalize(string s) =>
        WhitespacePattern().Replace(s.Normalize(System.Text.NormalizationForm.FormKC), "");

    [GeneratedRegex(@"(\d{4})\s*年?度?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
