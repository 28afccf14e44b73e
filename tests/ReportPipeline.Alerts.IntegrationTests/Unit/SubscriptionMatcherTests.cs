using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.IntegrationTests.Unit;

public sealed class SubscriptionMatcherTests
{
    private static readonly DateTimeOffset _now = new(2017, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Finding _channels = SeedFindings.Chongchuan2016.Single(f => f.Rule == "sum.channels");
    private static readonly Finding _blank = SeedFindings.Chongchuan2016.Single(f => f.Rule == "completeness.blank-cell");

    private static Subscription Sub(Func<Subscription, Subscription>? change = null)
    {
        var s = new Subscription { Id = "s", Recipient = "a@example.gov.cn" };
        return change is null ? s : change(s);
    }

    [Fact]
    public void Wants_SilenceOfRuleNotExpired_IsFalse()
    {
        var s = Sub(s => s with { Silences = [new Silence(_now.AddDays(1), Rule: "sum.channels")] });

        Assert.False(SubscriptionMatcher.Wants(s, _channels, null, _now));
    }

    [Fact]
    public void Wants_SilenceOfRuleExpired_IsTrue()
    {
        var s = Sub(s => s with { Silences = [new Silence(_now, Rule: "sum.channels")] });

        Assert.True(SubscriptionMatcher.Wants(s, _channels, null, _now));
    }

    [Fact]
    public void Wants_SilenceOfAgencyUntilTomorrow_SilencesTodayNotTheDayAfter()
    {
        var s = Sub(s => s with { Silences = [new Silence(_now.AddDays(1), Agency: SeedFindings.Chongchuan)] });

        Assert.False(SubscriptionMatcher.Wants(s, _blank, null, _now));
        Assert.True(SubscriptionMatcher.Wants(s, _blank, null, _now.AddDays(2)));
    }

    [Fact]
    public void Wants_SilenceOfFamilyPrefix_CoversEveryRuleOfTheFamily()
    {
        var s = Sub(s => s with { Silences = [new Silence(_now.AddDays(1), Rule: "sum.")] });

        Assert.False(SubscriptionMatcher.Wants(s, _channels, null, _now));
        Assert.True(SubscriptionMatcher.Wants(s, _blank, null, _now));
    }

    [Fact]
    public void Wants_MinSeverityError_SkipsWarnings()
    {
        var s = Sub(s => s with { MinSeverity = Severity.Error });

        Assert.True(SubscriptionMatcher.Wants(s, _channels, null, _now));
        Assert.False(SubscriptionMatcher.Wants(s, _blank, null, _now));
    }

    [Fact]
    public void Wants_RegionFilter_MatchesNestedRegionsOnly()
    {
        var s = Sub(s => s with { Regions = ["江苏省南通市"] });

        Assert.True(SubscriptionMatcher.Wants(s, _channels, "江苏省南通市崇川区", _now));
        Assert.False(SubscriptionMatcher.Wants(s, _channels, "江苏省常州市", _now));
        Assert.False(SubscriptionMatcher.Wants(s, _channels, null, _now));
    }

    [Fact]
    public void Wants_RuleFamilyAndAgencyFilters_Apply()
    {
        var s = Sub(s => s with { RuleFamilies = ["completeness"], Agencies = [SeedFindings.Chongchuan] });

        Assert.True(SubscriptionMatcher.Wants(s, _blank, null, _now));
        Assert.False(SubscriptionMatcher.Wants(s, _channels, null, _now));
        Assert.False(SubscriptionMatcher.Wants(s, SeedFindings.WithAgency(_blank, "别的单位"), null, _now));
    }

    [Fact]
    public void Wants_Unsubscribed_IsFalse() =>
        Assert.False(SubscriptionMatcher.Wants(Sub(s => s with { Unsubscribed = true }), _channels, null, _now));
}
