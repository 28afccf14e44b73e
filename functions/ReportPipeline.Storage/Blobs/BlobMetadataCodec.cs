namespace ReportPipeline.Storage.Blobs;

/// <summary>
/// Metadata travels in HTTP headers, which must be printable ASCII. Values that are not (Chinese agency names,
/// URLs with Chinese paths, leading/trailing spaces, empty text) are stored as <see cref="EncodedPrefix"/> followed by
/// the percent-encoded UTF-8 and decoded on read, so callers see the original text.
/// </summary>
public static class BlobMetadataCodec
{
    public const string EncodedPrefix = "u8~";

    /// <summary>The service's limit on all metadata names and values of one blob (8 KiB).</summary>
    public const int MaxTotalBytes = 8 * 1024;

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsEncoding(value) ? EncodedPrefix + Uri.EscapeDataString(value) : value;
    }

    public static string Decode(string stored)
    {
        if (!stored.StartsWith(EncodedPrefix, StringComparison.Ordinal))
            return stored;
        try
        {
            return Uri.UnescapeDataString(stored[EncodedPrefix.Length..]);
        }
        catch (UriFormatException)
        {
            return stored; // Written by someone else; hand it back untouched rather than lose it.
        }
    }

    /// <summary>Keys must be lower-case C# identifiers ([a-z_][a-z0-9_]*), as the service requires identifiers.</summary>
    public static void ValidateKey(string key)
    {
        if (string.IsNullOrEmpty(key) || !(char.IsAsciiLetterLower(key[0]) || key[0] == '_') ||
            !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            throw new ArgumentException(
                $"Blob metadata key '{key}' must be a lower-case identifier ([a-z_][a-z0-9_]*).", nameof(key));
    }

    private static bool NeedsEncoding(string value) =>
        value.Length == 0 ||
        value.StartsWith(EncodedPrefix, StringComparison.Ordinal) ||
        char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ||
        value.Any(c => c is < (char)0x20 or > (char)0x7E);
}
