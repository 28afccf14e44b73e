using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Deadlines;

/// <summary>
/// Published after the deadline for its level and year (overrides first). Decided by the most trusted date signal;
/// when only a weak signal (first seen, Last-Modified) says late, it is a warning.
/// </summary>
public sealed class LateRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("deadline.late", Severity.Error,
        "{agency}{year}年度报告于{published}发布，晚于规定期限{deadline}（依据：{source}）。请按期公开年度报告。",
        "The report was published after its deadline; evidence names the deciding date signal and the rule or notice that sets the deadline.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Year == 0 || PublicationDate.Decide(subject.Report) is not { } decided)
        {
            yield break;
        }
        var deadline = subject.Deadlines.Resolve(subject.Report.AgencyLevel, subject.Year, subject.Context.DeadlineOverrides);
        if (decided.Date <= deadline.Date)
        {
            yield break;
        }
        var days = decided.Date.DayNumber - deadline.Date.DayNumber;
        yield return subject.Create(Descriptor, "deadline",
            new Evidence(
                Sentences: [decided.Source],
                Arithmetic: $"{decided.Date:yyyy-MM-dd} − {deadline.Date:yyyy-MM-dd} = {days} 天",
                Facts: new Dictionary<string, string>
                {
                    ["deadline"] = deadline.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["deadlineSource"] = deadline.Source,
                    ["decidingSignal"] = $"{decided.Kind}: {decided.Source}",
                    ["agencyLevel"] = subject.Report.AgencyLevel.ToString(),
                }),
            new Dictionary<string, string>
            {
                ["published"] = decided.Date.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture),
                ["deadline"] = deadline.Date.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture),
                ["source"] = deadline.Source,
            },
            PublicationDate.IsWeak(decided.Kind) ? Severity.Warning : null);
    }
}
