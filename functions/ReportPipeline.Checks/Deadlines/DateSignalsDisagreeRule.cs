using System.Globalization;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Deadlines;

/// <summary>Publication-date signals (page date, meta, list page, URL, PDF) that disagree by more than a few days.</summary>
public sealed class DateSignalsDisagreeRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("deadline.dates-disagree", Severity.Info,
        "{agency}{year}年度报告的发布日期信息不一致（{dates}），已按“{decided}”判断。请核实实际发布日期。",
        "The publication-date signals disagree; the most trusted one decided, the others are listed.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        var strong = subject.Report.DateSignals.Where(s => !PublicationDate.IsWeak(s.Kind)).ToArray();
        if (strong.Length < 2)
        {
            yield break;
        }
        var spread = strong.Max(s => s.Date.DayNumber) - strong.Min(s => s.Date.DayNumber);
        if (spread <= subject.Options.DateDisagreementDays || PublicationDate.Decide(subject.Report) is not { } decided)
        {
            yield break;
        }
        var dates = strong.Select(s => $"{s.Kind}: {s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}").ToArray();
        yield return subject.Create(Descriptor, "dates",
            new Evidence(Sentences: strong.Select(s => s.Source).ToArray(),
                Facts: strong.GroupBy(s => s.Kind.ToString())
                    .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(s => s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))),
            new Dictionary<string, string>
            {
                ["dates"] = string.Join("；", dates),
                ["decided"] = $"{decided.Kind} {decided.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            });
    }
}
