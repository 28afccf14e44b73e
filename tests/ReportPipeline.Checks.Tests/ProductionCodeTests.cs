using ReportPipeline.Checks.Tests.Support;

namespace ReportPipeline.Checks.Tests;

public class ProductionCodeTests
{
    [Fact]
    public void ChecksSources_NeverReadTheWallClockOrEnvironment()
    {
        string[] banned = ["DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "DateTime.Today",
            "Environment.GetEnvironmentVariable"];
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "functions", "ReportPipeline.Checks"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(sources);
        var offenders = sources.SelectMany(f => banned.Where(b => File.ReadAllText(f).Contains(b, StringComparison.Ordinal))
            .Select(b => $"{Path.GetFileName(f)}: {b}")).ToArray();
        Assert.Empty(offenders);
    }
}
