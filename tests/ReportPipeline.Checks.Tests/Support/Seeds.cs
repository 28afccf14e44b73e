using ReportPipeline.Core.Model;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Parsing;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>The five seed reports (tests/fixtures/seeds, copied to the output), parsed by the real parser.</summary>
internal static class Seeds
{
    private static readonly ReportParser _parser = new(new ParserOptions());

    public static async Task<ParsedReport> ParseAsync(string prefix)
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "_*.txt").Single();
        var bytes = await File.ReadAllBytesAsync(path);
        return await ParseBytesAsync(bytes, "text/plain; charset=utf-8", $"https://seed.example/{Path.GetFileName(path)}");
    }

    public static async Task<ParsedReport> ParseBytesAsync(byte[] bytes, string contentType, string sourceUrl)
    {
        var result = await _parser.ParseAsync(RawDocument.FromBytes(bytes, contentType, sourceUrl));
        Assert.True(result.Succeeded, $"parser failed on {sourceUrl}: {result.FailureReason}");
        return result.Report!;
    }
}
