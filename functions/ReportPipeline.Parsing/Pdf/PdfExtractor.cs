using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Pdf;

/// <summary>PDF through poppler's pdftotext -bbox-layout (word positions), so table columns can be rebuilt.</summary>
internal sealed class PdfExtractor(ParserOptions options)
{
    public async Task<ExtractedDocument> ExtractAsync(ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportpipeline-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, cancellationToken);
        try
        {
            var xhtml = await ProcessRunner.RunAsync(options.PdfToTextPath, ["-bbox-layout", "-enc", "UTF-8", "-q", path, "-"],
                options.MaxConverterOutputBytes, cancellationToken);
            var (words, created) = PdfBboxReader.Read(xhtml);
            if (words.Count == 0) throw new DocumentRejectedException("PDF has no text layer (scanned image): OCR needed");
            var (blocks, chrome) = PdfBlockBuilder.Build(PdfLineBuilder.Build(words));
            return new ExtractedDocument(blocks)
            {
                ChromeText = string.Join('\n', chrome),
                DateSignals = created is null ? [] : [created],
            };
        }
        finally
        {
            File.Delete(path);
        }
    }
}
