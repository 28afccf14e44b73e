namespace ReportPipeline.Functions.Configuration;

/// <summary>
/// Finds the app root: the folder holding host.json (the repository root locally, the package root in Azure).
/// Searched upwards from the working directory, then from the executable's folder.
/// </summary>
public static class RepoRoot
{
    public const string HostJson = "host.json";

    public static string Find(string? explicitRoot = null)
    {
        if (!string.IsNullOrEmpty(explicitRoot))
        {
            return File.Exists(Path.Combine(explicitRoot, HostJson))
                ? Path.GetFullPath(explicitRoot)
                : throw new DirectoryNotFoundException($"{explicitRoot} holds no {HostJson}");
        }

        return WalkUp(Directory.GetCurrentDirectory()) ?? WalkUp(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException(
                $"No {HostJson} found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}; pass --root <dir>.");
    }

    public static string? TryFind()
    {
        try
        {
            return Find();
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, HostJson)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
