using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Completeness;

/// <summary>The template must fit the report year: 2021 format from report year 2021, the 2019 format for 2019–2020.</summary>
public sealed class TemplateRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("completeness.template", Severity.Warning,
        "{agency}{year}年度报告未使用规定格式：应使用{expected}，实际为{actual}。请按规定格式重新编制。",
        "The report follows a template that is wrong for its report year (2021 format from 2021, 2019 trial format for 2019–2020).");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        var actual = subject.Report.Format;
        if (actual == ReportFormat.Unknown || subject.Year == 0)
        {
            yield break;
        }
        var expected = subject.Year >= 2021 ? ReportFormat.Standard2021
            : subject.Year >= 2019 ? ReportFormat.Standard2019 : ReportFormat.Narrative2008;
        var acceptable = actual == expected || (expected == ReportFormat.Standard2019 && actual == ReportFormat.Standard2021);
        if (acceptable)
        {
            yield break;
        }
        yield return subject.Create(Descriptor, "template",
            new Evidence(Facts: new Dictionary<string, string> { ["expected"] = Name(expected), ["actual"] = Name(actual) }),
            new Dictionary<string, string> { ["expected"] = Name(expected), ["actual"] = Name(actual) });
    }

    internal static string Name(ReportFormat format) => format switch
    {
        ReportFormat.Standard2021 => "2021年版格式（国办公开办函〔2021〕30号）",
        ReportFormat.Standard2019 => "2019年版格式（国办公开办函〔2019〕60号）",
        ReportFormat.Narrative2008 => "2008年条例时期的格式",
        _ => "未识别格式",
    };
}
