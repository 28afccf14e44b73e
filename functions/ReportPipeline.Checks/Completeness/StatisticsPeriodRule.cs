using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Completeness;

/// <summary>"统计期限自Y年1月1日起至Y年12月31日止" must name the report year.</summary>
public sealed class StatisticsPeriodRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("completeness.statistics-period", Severity.Warning,
        "{agency}{year}年度报告声明的数据统计期限（{period}）与报告年度不符，请核对是否沿用了往年文本。",
        "The statistics period stated in the report does not cover the report year.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Report.StatisticsPeriod is not { } period || subject.Year == 0)
        {
            yield break;
        }
        if (period.From.Year == subject.Year && period.To.Year == subject.Year)
        {
            yield break;
        }
        var text = $"{period.From:yyyy-MM-dd} 至 {period.To:yyyy-MM-dd}";
        yield return subject.Create(Descriptor, "statistics-period",
            new Evidence(Sentences: [period.Sentence]),
            new Dictionary<string, string> { ["period"] = text });
    }
}
