using ReportPipeline.Checks.Tests.Support;

namespace ReportPipeline.Checks.Tests;

public class RuleCatalogueTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalogue.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_FiringCase_ProducesItsFinding(string ruleId)
    {
        var findings = Case(ruleId).Fires();

        var mine = findings.Where(f => f.Rule == ruleId).ToArray();
        Assert.NotEmpty(mine);
        Assert.All(mine, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.DoesNotContain("{", f.Message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(f.Location));
            Assert.True(f.Severity <= RuleCatalogue.Find(ruleId)!.Severity);
        });
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_CleanCase_ProducesNoFinding(string ruleId)
    {
        var findings = Case(ruleId).Clean();

        Assert.DoesNotContain(findings, f => f.Rule == ruleId);
    }

    [Fact]
    public void Catalogue_EveryRule_HasFiringAndCleanCase()
    {
        var cased = RuleCases.All.Select(c => c.RuleId).ToHashSet();

        Assert.DoesNotContain(RuleCatalogue.All, r => !cased.Contains(r.Id));
        Assert.DoesNotContain(cased, id => RuleCatalogue.Find(id) is null);
    }

    [Fact]
    public void Catalogue_RuleIds_AreUniqueAndUseKnownFamilies()
    {
        var ids = RuleCatalogue.All.Select(r => r.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(RuleCatalogue.All, r => Assert.Contains(r.Family, Rules.RuleDescriptor.Families));
        Assert.All(RuleCatalogue.All, r => Assert.Contains("{agency}", r.MessageTemplate, StringComparison.Ordinal));
    }

    private static RuleCase Case(string ruleId) => RuleCases.All.Single(c => c.RuleId == ruleId);
}
