using ReportPipeline.Core.Model;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Checks.Deadlines;

/// <summary>Deadlines as data (DOMAIN.md §2): the national default rows, then overrides that cite their source.</summary>
public sealed class DeadlineTable(IReadOnlyList<DeadlineRule> rules)
{
    private const string Article31 = "《政府信息公开条例》（2008）第三十一条";
    private const string Article49 = "《政府信息公开条例》（2019）第四十九条";

    public static DeadlineTable Default { get; } = new(
    [
        new DeadlineRule(2008, 2018, null, 3, 31, Article31),
        new DeadlineRule(2019, null, AgencyLevel.Department, 1, 31, Article49 + "（县级以上人民政府部门）"),
        new DeadlineRule(2019, null, AgencyLevel.Government, 3, 31, Article49 + "（县级以上地方人民政府）"),
        new DeadlineRule(2019, null, AgencyLevel.Other, 3, 31, "未列入第四十九条的机关：默认按3月31日，以省市通知为准"),
    ]);

    public IReadOnlyList<DeadlineRule> Rules { get; } = rules;

    /// <summary>
    /// The deadline for the level and year. The most recent applicable override wins (the agency-level one before
    /// an every-level one); otherwise the first matching default row.
    /// </summary>
    public Deadline Resolve(AgencyLevel level, int reportYear, IReadOnlyList<DeadlineOverride>? overrides = null)
    {
        var local = (overrides ?? [])
            .Where(o => o.FromReportYear <= reportYear && (o.AppliesTo is null || o.AppliesTo == level))
            .OrderByDescending(o => o.AppliesTo is not null)
            .ThenByDescending(o => o.FromReportYear)
            .FirstOrDefault();
        if (local is not null)
        {
            return new Deadline(new DateOnly(reportYear + 1, local.Month, local.Day), local.Source);
        }
        var rule = Rules.FirstOrDefault(r => r.Applies(level, reportYear))
            ?? new DeadlineRule(reportYear, reportYear, null, 3, 31, Article31);
        return new Deadline(new DateOnly(reportYear + 1, rule.Month, rule.Day), rule.Source);
    }
}
