using System.Text;
using ReportPipeline.Checks.Rules;

namespace ReportPipeline.Checks;

/// <summary>Renders docs/rules.md from <see cref="RuleCatalogue"/> (a test keeps the committed file in step).</summary>
public static class RuleDocs
{
    private static readonly Dictionary<string, string> _familyTitles = new(StringComparer.Ordinal)
    {
        ["deadline"] = "deadline. — publication date against the deadline",
        ["missing"] = "missing. — no report after deadline + grace (DeadlineSweep)",
        ["sum"] = "sum. — table identities and sums by design (the sum graph)",
        ["text-table"] = "text-table. — narrative restatements against the tables",
        ["narrative"] = "narrative. — arithmetic inside the text",
        ["cross-year"] = "cross-year. — against the same agency's previous report",
        ["completeness"] = "completeness. — template, sections, tables, blanks",
        ["copy"] = "copy. — repeated or stale text",
        ["integrity"] = "integrity. — content injected into the page",
    };

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Checker rules\n\n")
            .Append("Generated from `RuleCatalogue` (functions/ReportPipeline.Checks); `RuleDocsTests` fails when this file and\n")
            .Append("the code disagree. Regenerate with `REPORTPIPELINE_UPDATE_DOCS=1 dotnet test tests/ReportPipeline.Checks.Tests\n")
            .Append("--filter RuleDocs`. Severity is the highest a rule emits: approximate numbers (约/余/多), scope differences and\n")
            .Append("weak date signals lower it. Placeholders in braces are filled per finding; every finding also carries evidence\n")
            .Append("(cells with printed values, sentences, arithmetic, source URL) and a location that keys it across re-checks.\n");
        foreach (var family in RuleDescriptor.Families)
        {
            text.Append("\n## ").Append(_familyTitles[family]).Append("\n\n")
                .Append("| id | severity | message (zh) | meaning |\n|---|---|---|---|\n");
            foreach (var rule in RuleCatalogue.All.Where(r => r.Family == family))
            {
                text.Append("| `").Append(rule.Id).Append("` | ").Append(rule.Severity.ToString().ToLowerInvariant())
                    .Append(" | ").Append(Cell(rule.MessageTemplate)).Append(" | ").Append(Cell(rule.Gloss)).Append(" |\n");
            }
        }
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
