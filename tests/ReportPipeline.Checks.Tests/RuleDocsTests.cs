using ReportPipeline.Checks.Tests.Support;

namespace ReportPipeline.Checks.Tests;

public class RuleDocsTests
{
    [Fact]
    public void RulesMd_MatchesCatalogue()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "rules.md");
        var rendered = RuleDocs.Render();
        if (Environment.GetEnvironmentVariable("REPORTPIPELINE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing; regenerate it (see its header).");
        Assert.Equal(rendered, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Render_ListsEveryRuleOnce()
    {
        var rendered = RuleDocs.Render();

        Assert.All(RuleCatalogue.All, r => Assert.Single(
            rendered.Split('\n'), line => line.StartsWith($"| `{r.Id}` |", StringComparison.Ordinal)));
    }
}
