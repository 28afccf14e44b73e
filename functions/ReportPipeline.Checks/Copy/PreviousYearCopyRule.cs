using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Copy;

/// <summary>The report repeats most of last year's text (evaluators have found 90 % repetition).</summary>
public sealed class PreviousYearCopyRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("copy.previous-year", Severity.Warning,
        "{agency}{year}年度报告与上年度报告文字重复率约{similarity}（重复段落示例{passages}处见证据）。年度报告应如实反映本年度工作，请避免照搬往年内容。",
        "The text largely repeats the same agency's previous report (MinHash estimate of shingle similarity at or above the threshold).");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        if (subject.Context.PreviousReport is not { } previous)
        {
            yield break;
        }
        var mine = TextFingerprint.Of(subject.Report.Text);
        var theirs = TextFingerprint.Of(previous.Text);
        var similarity = mine.Similarity(theirs);
        if (similarity < subject.Options.CopySimilarityThreshold)
        {
            yield break;
        }
        yield return CopyFindings.Create(subject, Descriptor, "copy:previous-year", previous, similarity,
            mine.SharedSentences(theirs, CopyFindings.MaxPassages));
    }
}
