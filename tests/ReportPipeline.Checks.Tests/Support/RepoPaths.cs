namespace ReportPipeline.Checks.Tests.Support;

/// <summary>The repository root: the folder holding ReportPipeline.sln above the test's base directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ReportPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
