namespace ReportPipeline.Parsing.Tests;

/// <summary>Finds the repository (the folder holding ReportPipeline.sln) from the test's base directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "tests", "fixtures", "seeds");
    public static string Golden => Path.Combine(Root, "tests", "fixtures", "parsing", "golden");
    public static string Variants => Path.Combine(Root, "tests", "fixtures", "parsing", "variants");

    /// <summary>../shared/samples next to the repository, or null when absent (the corpus tests then skip).</summary>
    public static string? Samples
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, $"{prefix}_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
