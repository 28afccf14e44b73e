namespace ReportPipeline.Crawling.Handlers;

/// <summary>The raw blob's extension, from the URL, else the Content-Type, else the bytes' magic number.</summary>
internal static class RawExtension
{
    public static string Of(Uri url, string? contentType, ReadOnlySpan<byte> body)
    {
        if (Discovery.Links.AttachmentExtension(url) is { } ext) return ext;
        var ct = contentType?.ToLowerInvariant() ?? "";
        if (ct.Contains("html", StringComparison.Ordinal)) return ".html";
        if (ct.Contains("pdf", StringComparison.Ordinal)) return ".pdf";
        if (ct.Contains("wordprocessingml", StringComparison.Ordinal)) return ".docx";
        if (ct.Contains("msword", StringComparison.Ordinal)) return ".doc";
        return body switch
        {
            [0x25, 0x50, 0x44, 0x46, ..] => ".pdf",
            [0x50, 0x4B, 0x03, 0x04, ..] => ".docx",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => ".doc",
            _ => ".html",
        };
    }
}
