using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.IntegrationTests.Unit;

public sealed class SubscriptionSeederParseTests
{
    [Fact]
    public void Parse_DemoFile_ReadsEveryField()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "subscriptions.demo.json");

        var file = SubscriptionSeeder.Parse(File.ReadAllText(path), path);

        var all = file.Subscriptions.Single(s => s.Id == "demo-all");
        Assert.Equal("officer@example.gov.cn", all.Recipient);
        Assert.Equal(DeliveryMode.Immediate, all.Delivery);
        var digest = file.Subscriptions.Single(s => s.Delivery == DeliveryMode.Digest);
        Assert.Equal(Severity.Error, digest.MinSeverity);
        Assert.Equal("integrity.", digest.Silences.Single().Rule);
    }

    [Theory]
    [InlineData("""{"subscriptions":[{"id":"a","recipient":"not-an-address"}]}""", "not an email address")]
    [InlineData("""{"subscriptions":[{"id":"a/b","recipient":"a@b.cn"}]}""", "without /")]
    [InlineData("""{"subscriptions":[{"id":"a","recipient":"a@b.cn","silences":[{"until":"2030-01-01T00:00:00Z"}]}]}""", "exactly one of rule or agency")]
    [InlineData("""{"subscriptions":[{"id":"a","recipient":"a@b.cn"},{"id":"a","recipient":"A@b.cn"}]}""", "duplicate subscription id")]
    [InlineData("""{"subscriptions":[{"id":"a","recipient":"a@b.cn","delivery":"weekly"}]}""", "not a subscriptions file")]
    [InlineData("""{"subscriptions":[{"recipient":"a@b.cn"}]}""", "not a subscriptions file")]
    public void Parse_BadFile_ThrowsSpecificError(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => SubscriptionSeeder.Parse(json, "subs.json"));

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("subs.json: ", error.Message);
    }
}
