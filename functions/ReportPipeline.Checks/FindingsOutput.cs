using System.Globalization;
using System.Text;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;

namespace ReportPipeline.Checks;

/// <summary>What the `check` command prints and returns (the integrator's CLI verb calls these).</summary>
public static class FindingsOutput
{
    public const int ExitClean = 0;
    public const int ExitErrorFound = 1;
    /// <summary>For the CLI when an input cannot be read or parsed at all.</summary>
    public const int ExitUnusableInput = 2;

    /// <summary>0 when no finding has error severity, 1 otherwise.</summary>
    public static int ExitCode(IReadOnlyList<Finding> findings) =>
        findings.Any(f => f.Severity == Severity.Error) ? ExitErrorFound : ExitClean;

    /// <summary>A JSON array of findings: rule, severity, message, evidence, agency, reportYear, location, reportId, key.</summary>
    public static string ToJson(IReadOnlyList<Finding> findings) => PipelineJson.Serialize(Sorted(findings).ToArray(), indented: true);

    /// <summary>One block per finding, most severe first, for a terminal.</summary>
    public static string ToText(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return "No findings.\n";
        }
        var text = new StringBuilder();
        foreach (var f in Sorted(findings))
        {
            text.Append(CultureInfo.InvariantCulture, $"[{f.Severity.ToString().ToUpperInvariant()}] {f.Rule} — {f.Agency} {f.ReportYear} @ {f.Location}\n")
                .Append("  ").Append(f.Message).Append('\n');
            if (f.Evidence.Arithmetic is { } arithmetic)
            {
                text.Append("  arithmetic: ").Append(arithmetic).Append('\n');
            }
            foreach (var sentence in f.Evidence.Sentences ?? [])
            {
                text.Append("  “").Append(sentence).Append("”\n");
            }
            if (f.Evidence.SourceUrl is { } url)
            {
                text.Append("  source: ").Append(url).Append('\n');
            }
        }
        var counts = findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        return text.Append(string.Join(", ", counts)).Append('\n').ToString();
    }

    private static IEnumerable<Finding> Sorted(IReadOnlyList<Finding> findings) =>
        findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Agency, StringComparer.Ordinal)
            .ThenBy(f => f.ReportYear).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Location, StringComparer.Ordinal);
}
