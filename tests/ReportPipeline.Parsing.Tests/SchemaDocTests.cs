using ReportPipeline.Core.Canonical;
using ReportPipeline.Parsing.Tables;

namespace ReportPipeline.Parsing.Tests;

/// <summary>docs/schema.md is generated from the code and lists every id the code defines.</summary>
public class SchemaDocTests
{
    private static readonly string DocPath = Path.Combine(RepoPaths.Root, "docs", "schema.md");

    [Fact]
    public void RenderMarkdown_CommittedDoc_IsUpToDate()
    {
        var generated = CanonicalSchema.RenderMarkdown().ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(GoldenFile.RegenerateVariable) == "1") File.WriteAllText(DocPath, generated);

        Assert.Equal(generated, File.ReadAllText(DocPath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Entries_EveryStats2008RowAndMetric_IsInTheDoc()
    {
        var doc = File.ReadAllText(DocPath);
        var rowIds = typeof(Stats2008Rows).GetFields().Where(f => f.IsLiteral).Select(f => Stats2008Rows.CellId((string)f.GetValue(null)!));

        Assert.All(rowIds, id => Assert.Contains($"`{id}`", doc, StringComparison.Ordinal));
        Assert.All(MetricIds.All, id => Assert.Contains($"`{id}`", doc, StringComparison.Ordinal));
        Assert.Equal(CanonicalSchema.Entries.Count, CanonicalSchema.Entries.Select(e => (e.Id, e.Version)).Distinct().Count());
    }

    [Fact]
    public void Entries_StandardTables_HaveTheExpectedCellCounts()
    {
        int Count(string table, string version) => CanonicalSchema.Entries.Count(e => e.Table == table && e.Version == version);

        Assert.Equal(25 * 7, Count(CanonicalTable.Applications, "2021"));
        Assert.Equal(23 * 7, Count(CanonicalTable.Applications, "2019"));
        Assert.Equal(15, Count(CanonicalTable.Review, "2021"));
        Assert.Equal(10, Count(CanonicalTable.Active, "2021"));
        Assert.Equal(22, Count(CanonicalTable.Active, "2019"));
    }
}
