using System.Text.RegularExpressions;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Checks.Text;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.CrossYear;

/// <summary>
/// "累计…N条" counters stated in both years: a cumulative counter cannot fall. Many reports say 累计 for the
/// year's own total, so this is information for the officer, not an accusation.
/// </summary>
public sealed partial class CumulativeCounterRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("cross-year.counter-fell", Severity.Info,
        "{agency}{year}年度报告称“累计{label}{current}”，少于上年报告的“累计{label}{previous}”。累计数不应减少，请核对口径。",
        "A cumulative counter (累计…) stated in the text is lower than the same counter in last year's report.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Context.PreviousReport is not { } previous)
        {
            yield break;
        }
        var before = Counters(Sentence.Split(previous.Text));
        foreach (var (key, now) in Counters(subject.Sentences))
        {
            if (!before.TryGetValue(key, out var then) || now.Value >= then.Value)
            {
                continue;
            }
            yield return subject.Create(Descriptor, $"counter:{key}",
                new Evidence(Sentences: [now.Sentence, then.Sentence],
                    Arithmetic: $"{SumEvaluator.Format(now.Value)} < {SumEvaluator.Format(then.Value)}"),
                new Dictionary<string, string>
                {
                    ["label"] = now.Label, ["current"] = now.Text, ["previous"] = then.Text,
                });
        }
    }

    private static Dictionary<string, (decimal Value, string Label, string Text, string Sentence)> Counters(
        IEnumerable<Sentence> sentences)
    {
        var counters = new Dictionary<string, (decimal, string, string, string)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (Match match in Counter().Matches(sentence.Text))
            {
                var number = StatedNumber.Find(match.Groups["n"].Value).FirstOrDefault();
                if (number is null || number.Approximate)
                {
                    continue;
                }
                var label = match.Groups["label"].Value;
                counters.TryAdd(label + "|" + number.Unit, (number.Value, label, number.Text, sentence.Text));
            }
        }
        return counters;
    }

    [GeneratedRegex(@"累计(?<label>[\u4e00-\u9fa5]{2,15}?)(?<n>\d+(?:\.\d+)?(?:条|件|次|篇|项))")]
    private static partial Regex Counter();
}
