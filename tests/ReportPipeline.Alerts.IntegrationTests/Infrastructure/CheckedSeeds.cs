using ReportPipeline.Checks;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Parsing;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>The seed reports through the real parser and checker: the findings the pipeline produces for them.</summary>
internal static class CheckedSeeds
{
    public static readonly DateOnly CheckDate = new(2024, 6, 1);

    public static async Task<IReadOnlyList<Finding>> FindingsAsync(params string[] seedPrefixes)
    {
        var parser = new ReportParser(new ParserOptions());
        var checker = new ReportChecker();
        var findings = new List<Finding>();
        foreach (var prefix in seedPrefixes)
        {
            var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), $"{prefix}_*.txt").Single();
            var raw = RawDocument.FromBytes(await File.ReadAllBytesAsync(path), "text/plain; charset=utf-8",
                $"https://seeds.example.gov.cn/{Path.GetFileName(path)}");
            var parsed = await parser.ParseAsync(raw);
            var report = parsed.Report ?? throw new InvalidOperationException($"{path}: {parsed.FailureReason}");
            findings.AddRange(checker.Check(report, new CheckContext(CheckDate)));
        }
        return findings;
    }
}
