using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Tests;

/// <summary>
/// Pins a parsed report as JSON under tests/fixtures/parsing/golden. Set REPORTPIPELINE_REGENERATE_GOLDEN=1 to rewrite
/// the files, then review the diff against the seed text before committing.
/// </summary>
internal static class GoldenFile
{
    public const string RegenerateVariable = "REPORTPIPELINE_REGENERATE_GOLDEN";

    public static void AssertMatches(string name, ParsedReport report)
    {
        var path = Path.Combine(RepoPaths.Golden, $"{name}.json");
        var actual = PipelineJson.Serialize(report, indented: true).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            Directory.CreateDirectory(RepoPaths.Golden);
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path), $"golden file {path} missing: run with {RegenerateVariable}=1 and review it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
