using ReportPipeline.Core.Model;
using ReportPipeline.Core.Parsing;

namespace ReportPipeline.Parsing.Tests;

/// <summary>Parses bytes with default options and fails the test with the reason when parsing fails.</summary>
internal static class ParserFixture
{
    public static ReportParser Parser { get; } = new(new ParserOptions());

    public static async Task<ParsedReport> ParseAsync(byte[] bytes, string? contentType = null, string? url = null,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        var result = await Parser.ParseAsync(new RawDocument(bytes, contentType, url, metadata ?? new Dictionary<string, string>()));
        Assert.True(result.Succeeded, result.FailureReason);
        return result.Report!;
    }

    public static Task<ParsedReport> ParseSeedAsync(string prefix) =>
        ParseAsync(File.ReadAllBytes(RepoPaths.Seed(prefix)), "text/plain; charset=utf-8");
}
