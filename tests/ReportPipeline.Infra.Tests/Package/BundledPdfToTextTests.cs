using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Package;

/// <summary>The pdftotext shipped in the package runs on its own: no poppler on PATH, no system libraries needed.</summary>
[Collection(PackageCollection.Name)]
public sealed class BundledPdfToTextTests(PackageFixture package)
{
    [Fact]
    public async Task BundledPdfToText_WithEmptyEnvironment_ExtractsText()
    {
        var pdf = Path.Combine(package.WorkDirectory, "hello.pdf");
        await File.WriteAllBytesAsync(pdf, MinimalPdf.WithText("ReportPipeline bundled poppler 2024"));
        var start = ProcessRunner.Start(Path.Combine(package.Unpacked, "poppler", "pdftotext"), package.WorkDirectory, pdf, "-");
        start.Environment.Clear();
        start.Environment["PATH"] = "/nonexistent";

        var result = await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(30));

        Assert.True(result.ExitCode == 0, $"bundled pdftotext failed ({result.ExitCode}): {result.Error}");
        Assert.Contains("ReportPipeline bundled poppler 2024", result.Output);
    }

    [Fact]
    public async Task BundledPdfToText_BboxLayout_ReportsWordPositions()
    {
        var pdf = Path.Combine(package.WorkDirectory, "bbox.pdf");
        await File.WriteAllBytesAsync(pdf, MinimalPdf.WithText("Positions 42"));
        var start = ProcessRunner.Start(Path.Combine(package.Unpacked, "poppler", "pdftotext"), package.WorkDirectory, "-bbox-layout", pdf, "-");
        start.Environment.Clear();

        var result = await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(30));

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"<word xMin=""72\.\d+"" yMin=""[\d.]+"" xMax=""[\d.]+"" yMax=""[\d.]+"">Positions</word>", result.Output);
    }
}
