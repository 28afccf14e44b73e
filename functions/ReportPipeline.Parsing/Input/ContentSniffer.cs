using System.IO.Compression;
using System.Text;

namespace ReportPipeline.Parsing.Input;

/// <summary>Decides the format from the bytes first (magic numbers), then the content type.</summary>
internal static class ContentSniffer
{
    public static DocumentKind Sniff(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0) return DocumentKind.Pdf;
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return SniffZip(bytes);
        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            throw new DocumentRejectedException("legacy Word/Excel (.doc/.xls) file is not supported: publish it as DOCX or PDF");
        if (IsImage(bytes)) throw new DocumentRejectedException("image file, not a document: OCR needed");
        if (bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0) >= 0 && !HasUtf16Bom(bytes))
            throw new DocumentRejectedException($"unsupported binary content ({contentType ?? "no content type"})");
        return LooksLikeHtml(bytes, contentType) ? DocumentKind.Html : DocumentKind.Text;
    }

    private static DocumentKind SniffZip(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray()), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return DocumentKind.Docx;
        }
        catch (InvalidDataException e)
        {
            throw new DocumentRejectedException($"corrupt zip/DOCX container: {e.Message}");
        }
        throw new DocumentRejectedException("zip archive that is not a DOCX document (no word/document.xml)");
    }

    private static bool IsImage(ReadOnlySpan<byte> b) =>
        b.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) || b.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
        || b.StartsWith("GIF8"u8);

    private static bool HasUtf16Bom(ReadOnlySpan<byte> b) =>
        b.StartsWith(new byte[] { 0xFF, 0xFE }) || b.StartsWith(new byte[] { 0xFE, 0xFF });

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true) return true;
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        string[] markers = ["<html", "<!doctype html", "<body", "<div", "<table", "<p>", "<p ", "<meta"];
        return markers.Any(m => head.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
