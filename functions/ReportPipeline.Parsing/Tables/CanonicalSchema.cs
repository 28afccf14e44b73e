using System.Text;
using ReportPipeline.Core.Canonical;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Every canonical cell id the parser can produce, with its printed labels; docs/schema.md is rendered from it.</summary>
public static class CanonicalSchema
{
    public static IReadOnlyList<SchemaEntry> Entries { get; } = [.. Active("2021"), .. Active("2019"), .. Applications("2021"),
        .. Applications("2019"), .. Review("2021"), .. Review("2019"), .. Stats2008()];

    private static IEnumerable<SchemaEntry> Applications(string version) =>
        from rule in ApplicationsRules.ForVersion(version == "2021")
        from c in Enumerable.Range(0, ApplicationsTable.Columns.Count)
        select new SchemaEntry(CanonicalTable.CellId(CanonicalTable.Applications, rule.RowId, ApplicationsTable.Columns[c]),
            CanonicalTable.Applications, version, rule.Label, ApplicationsRules.ColumnLabels[c]);

    private static IEnumerable<SchemaEntry> Review(string version) =>
        from g in Enumerable.Range(0, ReviewTable.Groups.Count)
        from o in Enumerable.Range(0, ReviewTable.Outcomes.Count)
        select new SchemaEntry(CanonicalTable.CellId(CanonicalTable.Review, ReviewTable.Groups[g], ReviewTable.Outcomes[o]),
            CanonicalTable.Review, version, ReviewMapper.Label(g, o).Split(" / ")[0], ReviewMapper.Label(g, o).Split(" / ")[1]);

    private static IEnumerable<SchemaEntry> Active(string version)
    {
        var is2019 = version == "2019";
        (string Row, int Values)[] rows = is2019
            ? [(ActiveTable.Rules, 3), (ActiveTable.NormativeDocs, 3), (ActiveTable.Licensing, 3), (ActiveTable.OtherServices, 3),
               (ActiveTable.Penalty, 3), (ActiveTable.Enforcement, 3), (ActiveTable.Fees, 2), (ActiveTable.Procurement, 2)]
            : [(ActiveTable.Rules, 3), (ActiveTable.NormativeDocs, 3), (ActiveTable.Licensing, 1), (ActiveTable.Penalty, 1),
               (ActiveTable.Enforcement, 1), (ActiveTable.Fees, 1)];
        return from row in rows
               let rule = ActiveRules.All.First(r => r.RowId == row.Row)
               from column in ActiveRules.Columns(row.Row, row.Values, is2019)
               select new SchemaEntry(CanonicalTable.CellId(CanonicalTable.Active, row.Row, column), CanonicalTable.Active, version,
                   rule.Label, ActiveRules.ColumnLabel(column));
    }

    private static IEnumerable<SchemaEntry> Stats2008() =>
        Stats2008Rules.All.Select(r => new SchemaEntry(Stats2008Rules.CellId(r), CanonicalTable.Stats2008, "2008", r.Label, "统计数"));

    /// <summary>docs/schema.md.</summary>
    public static string RenderMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Canonical schema of the report tables").AppendLine()
          .AppendLine("Generated from `CanonicalSchema` (functions/ReportPipeline.Parsing/Tables); a test fails when this file and the code")
          .AppendLine("disagree. Regenerate with `REPORTPIPELINE_REGENERATE_GOLDEN=1 dotnet test tests/ReportPipeline.Parsing.Tests`.").AppendLine()
          .AppendLine("Cell ids are `{table}.{row}.{column}` for the three standard tables and `stats2008.{row}` for the 2008-era 统计表.")
          .AppendLine("Blank and \"/\" cells are stored as missing (value null), never 0.").AppendLine();
        sb.AppendLine("## Summary metrics").AppendLine().AppendLine("| metric id | meaning |").AppendLine("|---|---|");
        foreach (var (id, meaning) in MetricMeanings) sb.AppendLine($"| `{id}` | {meaning} |");
        foreach (var group in Entries.GroupBy(e => (e.Table, e.Version)))
        {
            sb.AppendLine().AppendLine($"## {Title(group.Key.Table)} ({group.Key.Version})").AppendLine()
              .AppendLine("| cell id | row (printed) | column (printed) |").AppendLine("|---|---|---|");
            foreach (var e in group) sb.AppendLine($"| `{e.Id}` | {e.RowLabel} | {e.ColumnLabel} |");
        }
        return sb.ToString();
    }

    private static string Title(string table) => table switch
    {
        CanonicalTable.Active => "Table 主动公开 (section 二)",
        CanonicalTable.Applications => "Table 申请 (section 三)",
        CanonicalTable.Review => "Table 复议诉讼 (section 四)",
        _ => "2008-era 政府信息公开情况统计表",
    };

    private static readonly (string Id, string Meaning)[] MetricMeanings =
    [
        (MetricIds.ApplicationsNew, "本年新收 (`applications.new.total`); 2008-era 收到申请数 (`stats2008.applications.received`); else the text (受理/收到…申请N件)"),
        (MetricIds.ApplicationsCarriedOver, "上年结转 (`applications.carriedOver.total`); else the text"),
        (MetricIds.ApplicationsClosed, "（七）总计 (`applications.total.total`); 2008-era 申请办结数 (`stats2008.applications.closed`); else the text (答复/办结…申请N件)"),
        (MetricIds.ApplicationsCarriedForward, "四、结转下年度继续办理 (`applications.carriedForward.total`); else the text"),
        (MetricIds.ReconsiderationTotal, "行政复议 总计 (`review.reconsideration.total`); 2008-era 行政复议数量; else the text (including \"没有…行政复议\" = 0)"),
        (MetricIds.LitigationTotal, "`review.litigationDirect.total` + `review.litigationAfterReview.total`; 2008-era 行政诉讼数量; else the text"),
        (MetricIds.NormativeDocsIssued, "行政规范性文件 本年制发件数 (`active.normativeDocs.issued`; 2019: 本年新制作数量 `made`)"),
        (MetricIds.NormativeDocsRepealed, "行政规范性文件 本年废止件数 (`active.normativeDocs.repealed`)"),
        (MetricIds.NormativeDocsCurrent, "行政规范性文件 现行有效件数 (`active.normativeDocs.current`; 2019: 对外公开总数量 `totalPublic`)"),
        (MetricIds.ProactiveTotal, "主动公开政府信息数 (`stats2008.proactive.total`); else the text (主动公开…信息N条)"),
    ];
}
