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
        return text.Append(Operations).ToString();
    }

    private const string Operations = """

        ## How checks run and where findings go

        - `ReportChecker.Check(report, context)` runs every rule above except `missing.report` and
          `completeness.unreadable` (raised by the handlers). `CheckSeries(reports, context)` sorts reports by year and
          gives each its predecessor (same agency, year − 1; "洪泽区人民政府" = "淮安市洪泽区人民政府") and its same-year peers.
        - Table identities are data (`SumGraph`: applications 2019/2021, review, stats2008, the channel inequality, the
          其中 rows) evaluated by `SumEvaluator`: both sides, the arithmetic, and no conclusion when a cell is blank or absent.
        - Text vs table restatements are data too (`Restatements`); wording that marks another scope (备案, 代表, 全区/全市,
          累计, 约) turns an error into a `text-table.scope` warning, and 收到 = 新收 + 上年结转 counts as a match.
        - CheckReport (`CheckReportHandler`) checks the agency/year's latest parsed report with last year's report and up
          to `MaxPeerReports` same-year peers, then `TableFindingsRepository.ApplyAsync` stores the findings: Findings
          table, PK = FindingKey.PartitionKey(agency, year), RK = FindingKey.RowKey(rule, location); new findings open,
          findings no longer produced resolve, unchanged ones are not rewritten. One AlertsMessage goes to the alerts
          queue when anything opened or resolved.

        ## Settings (section `Checker`)

        | key | default | meaning |
        |---|---|---|
        | MissingGraceDays | 7 | days after the deadline before `missing.report` |
        | CopySimilarityThreshold | 0.8 | MinHash similarity from which `copy.*` fires |
        | MaxPeerReports | 50 | other agencies' same-year reports compared per check |
        | ApproximateTolerance | 0.05 | relative tolerance for 约/余/多 numbers |
        | DateDisagreementDays | 2 | spread of date signals tolerated before `deadline.dates-disagree` |
        | JumpFactor / JumpMinimum | 5 / 20 | year-on-year factor and minimum size for `cross-year.jump` |
        | LastSeenRefresh | 1.00:00:00 | how often an unchanged open finding's LastSeen is rewritten |
        | FindingsTable / AlertsQueue | Findings / alerts | storage names (tests use unique ones) |
        """;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
