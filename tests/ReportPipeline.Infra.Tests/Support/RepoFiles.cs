namespace ReportPipeline.Infra.Tests.Support;

/// <summary>The repository's real files (never copies): found by walking up to the folder holding ReportPipeline.sln.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative)
    {
        var path = PathOf(relative);
        Assert.True(File.Exists(path), $"{relative} is missing (expected at {path})");
        return File.ReadAllText(path);
    }

    private static string FindRoot()
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
