using System.IO.Compression;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Package;

/// <summary>
/// Runs scripts/package.sh once per test run (self-contained publish takes a minute or two) into a temporary folder,
/// then unpacks the zip the way the Functions host would receive it.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackageTimeout = TimeSpan.FromMinutes(8);

    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "rp-infra-package-" + Guid.NewGuid().ToString("N")[..8]);

    public string ZipPath => Path.Combine(WorkDirectory, "reportpipeline.zip");

    public string Unpacked => Path.Combine(WorkDirectory, "unpacked");

    public IReadOnlyList<ZipArchiveEntry> Entries { get; private set; } = [];

    public string ScriptOutput { get; private set; } = "";

    private ZipArchive? _archive;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkDirectory);
        var start = ProcessRunner.Start("bash", RepoFiles.Root, "scripts/package.sh",
            "--out", Path.Combine(WorkDirectory, "package"), "--zip", ZipPath);
        var result = await ProcessRunner.RunAsync(start, PackageTimeout);
        ScriptOutput = result.Output + result.Error;
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/package.sh failed with exit code {result.ExitCode}:\n{Tail(ScriptOutput)}");
        }
        _archive = ZipFile.OpenRead(ZipPath);
        Entries = _archive.Entries;
        ZipFile.ExtractToDirectory(ZipPath, Unpacked);
    }

    public Task DisposeAsync()
    {
        _archive?.Dispose();
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A handler still shutting down may hold a file; the temp folder is cleaned by the OS later.
        }
        return Task.CompletedTask;
    }

    public ZipArchiveEntry Entry(string path) =>
        Entries.FirstOrDefault(e => e.FullName == path) ?? throw new Xunit.Sdk.XunitException($"the package has no '{path}'");

    /// <summary>Unix permission bits stored in the zip entry (what the Linux host extracts).</summary>
    public static UnixFileMode ModeOf(ZipArchiveEntry entry) => (UnixFileMode)((entry.ExternalAttributes >> 16) & 0x1FF);

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
