namespace ReportPipeline.Checks.Tests.Support;

/// <summary>
/// The opt-in PDF corpus at ../shared/samples, found by walking up to the folder holding ReportPipeline.sln.
/// Null when absent; the corpus tests are then skipped (<see cref="SamplesFactAttribute"/>).
/// </summary>
internal static class Samples
{
    public static string? Folder { get; } = Find();

    public static async Task<Core.Model.ParsedReport> ParseAsync(string file)
    {
        var folder = Folder ?? throw new InvalidOperationException("../shared/samples is absent.");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, file));
        return await Seeds.ParseBytesAsync(bytes, "application/pdf", $"https://sample.example/{file}");
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln")))
            {
                var samples = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples"));
                return Directory.Exists(samples) ? samples : null;
            }
        }
        return null;
    }
}
