using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Package;

/// <summary>The zip has the layout Azure Functions expects for a custom handler on Linux.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    [Fact]
    public void Zip_Root_HoldsTheRepositoryHostJson()
    {
        using var reader = new StreamReader(package.Entry("host.json").Open());
        Assert.Equal(RepoFiles.Read("host.json"), reader.ReadToEnd());
    }

    [Fact]
    public void Zip_FunctionFolders_HoldEveryFunctionJsonAtTheRoot()
    {
        foreach (var function in FunctionDefinition.LoadAll())
        {
            using var reader = new StreamReader(package.Entry($"{function.Name}/function.json").Open());
            Assert.Equal(RepoFiles.Read(function.RelativePath), reader.ReadToEnd());
        }
    }

    [Fact]
    public void Zip_Handler_IsAtDefaultExecutablePathWithExecuteBit()
    {
        var entry = package.Entry(HandlerPath());
        Assert.True(PackageFixture.ModeOf(entry).HasFlag(UnixFileMode.UserExecute),
            $"{entry.FullName} is stored without the executable bit ({PackageFixture.ModeOf(entry)})");
    }

    [Fact]
    public void Zip_Handler_IsSelfContainedLinuxX64Elf()
    {
        using var stream = package.Entry(HandlerPath()).Open();
        var header = new byte[20];
        stream.ReadExactly(header);
        Assert.Equal("\u007fELF"u8.ToArray(), header[..4]);
        Assert.Equal(0x3E, BitConverter.ToUInt16(header, 0x12)); // e_machine: x86-64
        Assert.Contains(package.Entries, e => e.FullName == "libcoreclr.so");
        Assert.Contains(package.Entries, e => e.FullName == "libhostfxr.so");
    }

    [Fact]
    public void Zip_Poppler_BundlesPdfToTextWrapperLoaderAndNotice()
    {
        Assert.True(package.Entries.Any(e => e.FullName == "poppler/pdftotext"),
            "the package has no poppler/pdftotext: install poppler-utils before packaging (CI does) — see docs/deploy.md");
        Assert.True(PackageFixture.ModeOf(package.Entry("poppler/pdftotext")).HasFlag(UnixFileMode.UserExecute));
        Assert.True(PackageFixture.ModeOf(package.Entry("poppler/bin/pdftotext")).HasFlag(UnixFileMode.UserExecute));
        package.Entry("poppler/lib/ld-linux-x86-64.so.2");
        Assert.Contains(package.Entries, e => e.FullName.StartsWith("poppler/lib/libpoppler.so.", StringComparison.Ordinal));
        using var notice = new StreamReader(package.Entry("poppler/NOTICE.txt").Open());
        Assert.Contains("poppler-utils", notice.ReadToEnd());
    }

    [Fact]
    public void BicepPdfToTextPath_PointsAtTheBundledWrapper()
    {
        var app = BicepFile.Load("infra/app/function-app.bicep").Text;
        Assert.Contains("param pdfToTextPath string = '/home/site/wwwroot/poppler/pdftotext'", app);
        Assert.Contains("Parser__PdfToTextPath: pdfToTextPath", app);
        package.Entry("poppler/pdftotext");
    }

    [Fact]
    public void BicepRegistryPath_NamesAFileInThePackage()
    {
        var app = BicepFile.Load("infra/app/function-app.bicep").Text;
        var registry = System.Text.RegularExpressions.Regex.Match(app, @"Crawler__RegistryPath: '([^']+)'");
        Assert.True(registry.Success, "infra/app/function-app.bicep sets no literal Crawler__RegistryPath");
        package.Entry(registry.Groups[1].Value);
    }

    internal static string HandlerPath()
    {
        var host = JsonFiles.Load("host.json");
        var description = JsonFiles.Path(host, "host.json", "customHandler", "description");
        var workingDirectory = description.TryGetProperty("workingDirectory", out var w) ? w.GetString() ?? "" : "";
        var exe = description.GetProperty("defaultExecutablePath").GetString() ?? "";
        return string.IsNullOrEmpty(workingDirectory) ? exe : $"{workingDirectory.TrimEnd('/')}/{exe}";
    }
}
