using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Checks.Storage;

/// <summary>
/// Keeps a finding's JSON inside one Table Storage string property (64 KiB = 32 Ki UTF-16 chars): long evidence is
/// shortened step by step, never silently dropped without a note.
/// </summary>
public static class EvidenceCap
{
    public const int MaxJsonChars = 30_000;
    private const int SentenceChars = 300;
    private const int MaxSentences = 10;
    private const int MaxCells = 60;
    private const int FactChars = 500;

    public static string Serialize(Finding finding)
    {
        var json = PipelineJson.Serialize(finding);
        if (json.Length <= MaxJsonChars)
        {
            return json;
        }
        var e = finding.Evidence;
        var shorter = finding with
        {
            Message = Cut(finding.Message, 2000),
            Evidence = e with
            {
                Sentences = e.Sentences?.Take(MaxSentences).Select(s => Cut(s, SentenceChars)).ToArray(),
                Cells = e.Cells?.Take(MaxCells).ToDictionary(c => c.Key, c => Cut(c.Value, 100)),
                Arithmetic = e.Arithmetic is null ? null : Cut(e.Arithmetic, 2000),
                Facts = Facts(e.Facts, "evidence shortened to fit storage"),
            },
        };
        json = PipelineJson.Serialize(shorter);
        return json.Length <= MaxJsonChars
            ? json
            : PipelineJson.Serialize(shorter with
            {
                Evidence = new Evidence(Arithmetic: shorter.Evidence.Arithmetic, SourceUrl: e.SourceUrl,
                    Facts: Facts(null, "evidence too long to store; re-run the check to see it")),
            });
    }

    private static Dictionary<string, string> Facts(IReadOnlyDictionary<string, string>? facts, string note)
    {
        var result = (facts ?? new Dictionary<string, string>()).Take(20)
            .ToDictionary(f => f.Key, f => Cut(f.Value, FactChars), StringComparer.Ordinal);
        result["truncated"] = note;
        return result;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
