using System.Text.RegularExpressions;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Integrity;

/// <summary>A link hidden from readers (display:none, zero size, off-screen): a classic sign of SEO spam injection.</summary>
public sealed partial class HiddenLinkRule : IReportRule
{
    private const int MaxFragmentChars = 500;

    public RuleDescriptor Descriptor { get; } = new("integrity.hidden-link", Severity.Error,
        "{agency}{year}年度报告页面含有对读者隐藏的外部链接（{hosts}），疑似网站被植入暗链，请核查网站安全。",
        "The page contains links hidden from readers (display:none, zero size, off-screen), typical of injected SEO spam.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        var hidden = subject.Report.HiddenFragments
            .Where(f => HiddenStyle().IsMatch(f) && Link().IsMatch(f))
            .ToArray();
        if (hidden.Length == 0)
        {
            yield break;
        }
        var hosts = hidden.SelectMany(f => Link().Matches(f).Select(m => m.Groups["host"].Value))
            .Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        yield return subject.Create(Descriptor, "page",
            new Evidence(Sentences: hidden.Select(Shorten).Take(10).ToArray(),
                Facts: new Dictionary<string, string> { ["hosts"] = string.Join(", ", hosts) }),
            new Dictionary<string, string> { ["hosts"] = hosts.Length > 0 ? string.Join("、", hosts) : "未知站点" });
    }

    private static string Shorten(string fragment) =>
        fragment.Length <= MaxFragmentChars ? fragment : fragment[..MaxFragmentChars] + "…";

    [GeneratedRegex(@"(?i)display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|(?:left|top|text-indent)\s*:\s*-\d{3,}|\bhidden\b(?=[^>]*>)|height\s*:\s*0")]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(?i)<a\b[^>]*href\s*=\s*[""']?(?:https?:)?//(?<host>[^/""'\s>]+)")]
    private static partial Regex Link();
}
