using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Copy;

/// <summary>
/// Another agency's name in the places that identify the author (title, opening, signature): a report copied from
/// another body and not fully edited. Names in the body text (a city report naming its districts) are normal.
/// </summary>
public sealed class ForeignAgencyRule : IReportRule
{
    private const int OpeningChars = 300;
    private const int SignatureChars = 200;

    public RuleDescriptor Descriptor { get; } = new("copy.foreign-agency", Severity.Warning,
        "{agency}{year}年度报告的{place}出现其他单位名称“{other}”，疑似套用其他单位报告。请核对。",
        "Another agency's name appears in the title, opening or signature of the report.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        var own = subject.Agency;
        var others = (subject.Context.PeerReports ?? []).Select(p => p.Agency).OfType<string>()
            .Where(name => name.Length >= 4 && !own.Contains(name, StringComparison.Ordinal) && !name.Contains(own, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToArray();
        if (others.Length == 0)
        {
            yield break;
        }
        var text = subject.Report.Text;
        var places = new (string Place, string Text)[]
        {
            ("标题", subject.Report.Title),
            ("开头", text[..Math.Min(text.Length, OpeningChars)]),
            ("落款", text[Math.Max(0, text.Length - SignatureChars)..]),
        };
        foreach (var other in others)
        {
            var hit = places.FirstOrDefault(p => p.Text.Contains(other, StringComparison.Ordinal));
            if (hit.Text is null)
            {
                continue;
            }
            yield return subject.Create(Descriptor, $"agency:{other}",
                new Evidence(Sentences: [hit.Text.Trim()], Facts: new Dictionary<string, string> { ["place"] = hit.Place, ["other"] = other }),
                new Dictionary<string, string> { ["place"] = hit.Place, ["other"] = other });
        }
    }
}
