using ReportPipeline.Checks.Completeness;
using ReportPipeline.Checks.CrossYear;
using ReportPipeline.Checks.Copy;
using ReportPipeline.Checks.Deadlines;
using ReportPipeline.Checks.Integrity;
using ReportPipeline.Checks.Rules;
using ReportPipeline.Checks.Sums;
using ReportPipeline.Checks.Text;

namespace ReportPipeline.Checks;

/// <summary>Every rule the checker knows: the per-report rules it runs and the ones the handlers raise themselves.</summary>
public static class RuleCatalogue
{
    /// <summary>The rules <see cref="ReportChecker"/> runs on each report, in evaluation order.</summary>
    public static IReadOnlyList<IReportRule> ReportRules { get; } =
    [
        new LateRule(), new DateSignalsDisagreeRule(),
        new PrintedIdentityRule(), new TotalRule(), new ChannelSumRule(), new PartOfWholeRule(),
        new TextTableMismatchRule(), new TextTableScopeRule(),
        new NarrativeSumRule(), new PercentageRule(),
        new CarryOverRule(), new StockEquationRule(), new CumulativeCounterRule(), new JumpRule(),
        new TemplateRule(), new SectionsRule(), new TablesRule(), new IncompleteIdentityRule(), new BlankCellRule(),
        new EmptySectionFiveRule(), new StatisticsPeriodRule(), new AnnouncedSectionsRule(), new NarrativePartRule(),
        new PreviousYearCopyRule(), new PeerCopyRule(), new StaleYearRule(), new ForeignAgencyRule(),
        new InjectedSpamRule(), new HiddenLinkRule(),
    ];

    /// <summary>Every rule, including those raised outside a report check (missing report, unreadable document).</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        .. ReportRules.Select(r => r.Descriptor),
        MissingReportRule.Descriptor,
        ParseFailureRule.Descriptor,
    ];

    public static RuleDescriptor? Find(string ruleId) => All.FirstOrDefault(r => r.Id == ruleId);
}
