using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Package;

/// <summary>
/// The packaged app converts PDFs with the pdftotext it carries (Parser__PdfToTextPath, as infra sets it), with no
/// poppler on PATH; pointed at a missing pdftotext it says so instead of skipping the document.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackagedParsePdfTests(PackageFixture package)
{
    private const string Unavailable = "PDF support unavailable";

    [Fact]
    public async Task PackagedParse_WithBundledPdfToText_ConvertsThePdf()
    {
        var result = await ParseAsync(Path.Combine(package.Unpacked, "poppler", "pdftotext"));

        Assert.DoesNotContain(Unavailable, result.Error);
        // A one-line English PDF is readable but no annual report: the parser got its text from pdftotext.
        Assert.Contains("format unknown", result.Error);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task PackagedParse_WithMissingPdfToText_SaysPdfSupportIsUnavailable()
    {
        var result = await ParseAsync(Path.Combine(package.WorkDirectory, "no-poppler", "pdftotext"));

        Assert.Contains(Unavailable, result.Error);
        Assert.NotEqual(0, result.ExitCode);
    }

    private async Task<ProcessRunner.Result> ParseAsync(string pdfToTextPath)
    {
        var pdf = Path.Combine(package.WorkDirectory, $"parse-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, MinimalPdf.WithText("Quarterly cafeteria menu, nothing to disclose"));
        var start = PackagedApp.Start(package, ["parse", pdf]);
        start.Environment["PATH"] = "/usr/local/sbin:/nonexistent";
        start.Environment["Parser__PdfToTextPath"] = pdfToTextPath;
        return await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(90));
    }
}
