using System.Globalization;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Deadlines;

/// <summary>No report for the year after deadline + grace (evaluated by the daily DeadlineSweep, not per report).</summary>
public static class MissingReportRule
{
    public static RuleDescriptor Descriptor { get; } = new("missing.report", Severity.Error,
        "已过规定期限{deadline}（依据：{source}），仍未发现{agency}{year}年度政府信息公开工作年度报告。请督促其尽快公开。",
        "No report for the year has been found after the deadline plus the configured grace period.");

    /// <summary>
    /// The finding when the report is overdue, or null when it exists or is not yet overdue. The text does not
    /// mention today, so re-sweeping an unchanged situation writes nothing.
    /// </summary>
    public static Finding? Evaluate(string agency, AgencyLevel level, int reportYear, bool reportExists, DateOnly today,
        Deadline deadline, int graceDays, string? portalUrl = null)
    {
        if (reportExists || today <= deadline.Date.AddDays(graceDays))
        {
            return null;
        }
        var values = new Dictionary<string, string>
        {
            ["agency"] = agency,
            ["year"] = reportYear.ToString(CultureInfo.InvariantCulture),
            ["deadline"] = deadline.Date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
            ["source"] = deadline.Source,
        };
        return new Finding(Descriptor.Id, Descriptor.Severity, Descriptor.Format(values),
            new Evidence(SourceUrl: portalUrl, Facts: new Dictionary<string, string>
            {
                ["deadline"] = deadline.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["deadlineSource"] = deadline.Source,
                ["graceDays"] = graceDays.ToString(CultureInfo.InvariantCulture),
                ["agencyLevel"] = level.ToString(),
            }),
            agency, reportYear, "report");
    }
}
