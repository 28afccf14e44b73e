using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportPipeline.DemoPortal;

/// <summary>Builds a real .docx (one paragraph per line of text) for the report served only as an attachment.</summary>
public static class DemoDocx
{
    public static byte[] FromText(string text)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                body.AppendChild(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
