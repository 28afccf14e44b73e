using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ReportPipeline.Parsing.Input;

/// <summary>Bytes to text: HTTP charset, then meta charset, then BOM, then UTF-8 validity, else GB18030.</summary>
internal static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType, bool isHtml)
    {
        var encoding = FromName(CharsetOf(contentType))
            ?? (isHtml ? FromName(MetaCharset(bytes)) : null)
            ?? FromBom(bytes)
            ?? (Utf8.IsValid(bytes) ? Encoding.UTF8 : Gb18030);
        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    public static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (n is "gb2312" or "gbk" or "x-gbk" or "gb18030" or "gb_2312-80" or "cp936") return Gb18030;
        if (n is "utf8" or "utf-8") return Encoding.UTF8;
        try { return Encoding.GetEncoding(n); }
        catch (ArgumentException) { return null; }
    }

    private static string? CharsetOf(string? contentType) =>
        contentType is null ? null : CharsetPattern().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null;

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 8192)]);
        var m = MetaPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> b) =>
        b.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? Encoding.UTF8
        : b.StartsWith(new byte[] { 0xFF, 0xFE }) ? Encoding.Unicode
        : b.StartsWith(new byte[] { 0xFE, 0xFF }) ? Encoding.BigEndianUnicode
        : null;

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaPattern();
}
