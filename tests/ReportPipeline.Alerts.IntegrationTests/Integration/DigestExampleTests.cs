using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.IntegrationTests.Infrastructure;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.Unsubscribe;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.IntegrationTests.Integration;

/// <summary>
/// docs/examples/digest.html: the digest of the seed reports' real checker findings. Regenerate with
/// REPORTPIPELINE_UPDATE_EXAMPLES=1 dotnet test tests/ReportPipeline.Alerts.IntegrationTests --filter DigestExample
/// </summary>
public sealed class DigestExampleTests
{
    private static readonly string _html = Path.Combine(RepoRoot.Path, "docs", "examples", "digest.html");
    private static readonly string _text = Path.Combine(RepoRoot.Path, "docs", "examples", "digest.txt");

    private static async Task<ComposedEmail> RenderAsync()
    {
        var findings = await CheckedSeeds.FindingsAsync("002", "003", "004");
        var at = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var items = findings.Select(f => new AlertItem(new FindingRecord(f, FindingStatus.Open, at, at, null), ChangeKind.New)).ToList();
        // A published example: signed with a throwaway key that is used nowhere else.
        var tokens = new UnsubscribeTokens(Microsoft.Extensions.Options.Options.Create(
            new AlertsOptions { SigningKey = "example-only-key-not-used-anywhere-0000" }));
        var links = new EmailLinks("https://dashboard.example.gov.cn/",
            $"https://alerts.example.gov.cn/api/unsubscribe?token={Uri.EscapeDataString(tokens.Create("officer@example.gov.cn"))}");
        return AlertComposer.Compose("officer@example.gov.cn", items, EmailKind.Digest, links);
    }

    [Fact]
    public async Task Render_SeedFindings_CommittedExampleShowsEveryReportAndRule()
    {
        var email = await RenderAsync();
        if (Environment.GetEnvironmentVariable("REPORTPIPELINE_UPDATE_EXAMPLES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_html)!);
            await File.WriteAllTextAsync(_html, email.HtmlBody);
            await File.WriteAllTextAsync(_text, email.TextBody);
        }

        var committed = await File.ReadAllTextAsync(_html);
        Assert.StartsWith("<!DOCTYPE html>", committed);
        foreach (var item in email.Items)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(item.Finding.Agency), committed);
            Assert.Contains(item.Finding.Rule, committed);
        }
        Assert.Contains("每日汇总", committed);
        Assert.Contains("0 + 9540 + 0 + 360 + 410", committed);
    }
}
