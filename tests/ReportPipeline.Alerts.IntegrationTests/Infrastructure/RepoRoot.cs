namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>The folder holding ReportPipeline.sln, found by walking up from the test's base directory.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReportPipeline.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ReportPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
