using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Copy;

/// <summary>The report repeats most of another agency's report of the same year.</summary>
public sealed class PeerCopyRule : IReportRule
{
    public RuleDescriptor Descriptor { get; } = new("copy.peer", Severity.Warning,
        "{agency}{year}年度报告与{other}同年度报告文字重复率约{similarity}（重复段落示例{passages}处见证据）。请核实是否照搬其他单位的报告。",
        "The text largely repeats another agency's report of the same year.");

    public IEnumerable<Finding> Evaluate(CheckSubject subject)
    {
        var peers = (subject.Context.PeerReports ?? [])
            .Where(p => p.ReportId != subject.Report.ReportId && !string.IsNullOrWhiteSpace(p.Agency) && !AgencyNames.Same(p.Agency, subject.Agency))
            .Take(subject.Options.MaxPeerReports)
            .ToArray();
        if (peers.Length == 0)
        {
            yield break;
        }
        var mine = TextFingerprint.Of(subject.Report.Text);
        foreach (var peer in peers)
        {
            var theirs = TextFingerprint.Of(peer.Text);
            var similarity = mine.Similarity(theirs);
            if (similarity >= subject.Options.CopySimilarityThreshold)
            {
                yield return CopyFindings.Create(subject, Descriptor, $"copy:peer:{peer.Agency}", peer, similarity,
                    mine.SharedSentences(theirs, CopyFindings.MaxPassages));
            }
        }
    }
}
