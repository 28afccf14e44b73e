using ReportPipeline.Functions.Cli;
using ReportPipeline.Functions.IntegrationTests.Fixtures;

namespace ReportPipeline.Functions.IntegrationTests.Cli;

/// <summary>The parse/check verbs' exit codes on the seeds and on unusable input (no storage needed).</summary>
[Collection("console")]
public sealed class CliVerbTests
{
    private static string Seed(string prefix) => Directory.GetFiles(
        Path.Combine(TestEnvironment.RepoRoot, "tests", "fixtures", "seeds"), prefix + "_*.txt").Single();

    [Fact]
    public async Task Check_Seed002_ExitsOneForItsErrorFindings()
    {
        Assert.Equal(ExitCodes.Problem, await CliApp.RunAsync(["check", Seed("002"), "--json"], false));
    }

    [Fact]
    public async Task Check_CleanSeed001_ExitsZero()
    {
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(["check", Seed("001")], false));
    }

    [Fact]
    public async Task Parse_MissingFile_ExitsTwo()
    {
        Assert.Equal(ExitCodes.Unusable, await CliApp.RunAsync(["parse", "/no/such/report.html"], false));
    }

    [Fact]
    public async Task Parse_NotAReport_ExitsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), TestEnvironment.Unique("rp-notareport-") + ".txt");
        await File.WriteAllTextAsync(path, "hello world");

        Assert.Equal(ExitCodes.Problem, await CliApp.RunAsync(["parse", path], false));
        File.Delete(path);
    }

    [Fact]
    public async Task Parse_Seed001_ExitsZero()
    {
        Assert.Equal(ExitCodes.Ok, await CliApp.RunAsync(["parse", Seed("001"), "--json"], false));
    }
}
