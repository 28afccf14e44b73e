using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Crawling.Discovery;

/// <summary>
/// Decodes fetched HTML: charset from the HTTP header, else the meta tag, else a BOM, else the portal's hint, else
/// strict UTF-8 with GB18030 as the fallback. GBK and GB2312 are read as GB18030 (a superset).
/// </summary>
public static partial class HtmlText
{
    static HtmlText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType, string? hint = null)
    {
        var encoding = Named(CharsetOf(contentType)) ?? Named(MetaCharset(bytes)) ?? Bom(bytes) ?? Named(hint);
        if (encoding is not null) return StripBom(encoding.GetString(bytes));
        try
        {
            return StripBom(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        var m = CharsetPattern().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (n is "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "cp936" or "gb18030") n = "GB18030";
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? Bom(ReadOnlySpan<byte> b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static string StripBom(string s) => s.Length > 0 && s[0] == '\uFEFF' ? s[1..] : s;

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaPattern();
}
