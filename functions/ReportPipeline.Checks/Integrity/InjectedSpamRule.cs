using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Integrity;

/// <summary>Gambling or advertising text injected into the page (seed 002: "bt365在线投注" replacing the site's name).</summary>
public sealed class InjectedSpamRule : IReportRule
{
    private const int ContextChars = 30;

    public RuleDescriptor Descriptor { get; } = new("integrity.injected-spam", Severity.Error,
        "{agency}{year}年度报告所在页面含有疑似被植入的违法广告/赌博内容（“{terms}”）。网站可能已被篡改，请立即核查网站安全并清除。",
        "Gambling or advertising spam appears in the report page (title, text, page chrome or hidden fragments): the portal may be compromised.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        var report = subject.Report;
        var places = new (string Place, string Text)[]
        {
            ("title", report.Title), ("text", report.Text), ("chrome", report.ChromeText),
            ("hidden", string.Join("\n", report.HiddenFragments)),
        };
        var hits = places
            .SelectMany(p => SpamTerms.FindIn(p.Text).Distinct().Select(term => (p.Place, p.Text, Term: term)))
            .ToArray();
        // Overlapping terms ("bt365", "在线投注") at one spot are quoted once.
        var quotes = new List<string>();
        foreach (var (place, text, term) in hits)
        {
            var quote = $"[{place}] {Around(text, term)}";
            if (!quotes.Any(q => q.Contains(term, StringComparison.OrdinalIgnoreCase)))
            {
                quotes.Add(quote);
            }
        }
        if (hits.Length == 0)
        {
            yield break;
        }
        var terms = hits.Select(h => h.Term).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        yield return subject.Create(Descriptor, "page",
            new Evidence(
                Sentences: quotes.Take(10).ToArray(),
                Facts: new Dictionary<string, string> { ["terms"] = string.Join(", ", terms) }),
            new Dictionary<string, string> { ["terms"] = string.Join("”“", terms) });
    }

    private static string Around(string text, string term)
    {
        var index = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, index - ContextChars);
        var end = Math.Min(text.Length, index + term.Length + ContextChars);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
