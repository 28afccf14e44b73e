using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Docx;

/// <summary>DOCX through DocumentFormat.OpenXml: paragraphs in order and real tables (gridSpan and vMerge resolved).</summary>
internal static class DocxExtractor
{
    public static ExtractedDocument Extract(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var doc = WordprocessingDocument.Open(stream, false);
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new DocumentRejectedException("DOCX has no document body");
            var blocks = new List<DocumentBlock>();
            var chrome = new List<string>();
            Walk(body, blocks, chrome);
            return new ExtractedDocument(blocks) { ChromeText = string.Join('\n', chrome) };
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw new DocumentRejectedException($"DOCX could not be opened: {e.Message}");
        }
    }

    private static void Walk(OpenXmlElement parent, List<DocumentBlock> blocks, List<string> chrome)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    var text = TextNormalizer.Collapse(p.InnerText);
                    if (text.Length == 0) break;
                    if (ChromeLines.IsChrome(text)) chrome.Add(text);
                    else blocks.Add(DocumentBlock.Paragraph(text));
                    break;
                case Table t:
                    var grid = DocxTableReader.Read(t);
                    if (grid.Count > 0) blocks.Add(DocumentBlock.Table(grid));
                    break;
                default:
                    if (child.HasChildren) Walk(child, blocks, chrome);
                    break;
            }
        }
    }
}
