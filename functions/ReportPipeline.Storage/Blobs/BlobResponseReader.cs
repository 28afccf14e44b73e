using System.Globalization;
using System.Xml.Linq;
using Azure;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Blobs;

/// <summary>Reads Get Blob responses and List Blobs XML into Core's records, decoding metadata.</summary>
internal static class BlobResponseReader
{
    private const string MetaPrefix = "x-ms-meta-";

    public static StoredBlob ToStoredBlob(string container, string name, Response response)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(MetaPrefix, StringComparison.OrdinalIgnoreCase))
                metadata[header.Name[MetaPrefix.Length..].ToLowerInvariant()] = BlobMetadataCodec.Decode(header.Value);
        }
        return new StoredBlob(container, name, response.Content.ToMemory(),
            HeaderOrEmpty(response, "Content-Type"), QuotedETag(HeaderOrEmpty(response, "ETag")),
            ParseDate(HeaderOrEmpty(response, "Last-Modified")), metadata);
    }

    public static BlobPage ToPage(string xml)
    {
        var root = XDocument.Parse(xml).Root ?? throw new FormatException("List Blobs returned an empty document.");
        var items = root.Element("Blobs")?.Elements("Blob").Select(ToItem).ToList() ?? [];
        var next = root.Element("NextMarker")?.Value;
        return new BlobPage(items, string.IsNullOrEmpty(next) ? null : next);
    }

    private static BlobItem ToItem(XElement blob)
    {
        var nameElement = blob.Element("Name")!;
        var name = (string?)nameElement.Attribute("Encoded") == "true"
            ? Uri.UnescapeDataString(nameElement.Value)
            : nameElement.Value;
        var properties = blob.Element("Properties");
        string Property(string key) => properties?.Element(key)?.Value ?? string.Empty;
        var metadata = blob.Element("Metadata")?.Elements()
            .ToDictionary(e => e.Name.LocalName.ToLowerInvariant(), e => BlobMetadataCodec.Decode(e.Value), StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var length = long.TryParse(Property("Content-Length"), CultureInfo.InvariantCulture, out var l) ? l : 0;
        return new BlobItem(name, length, Property("Content-Type"), QuotedETag(Property("Etag")),
            ParseDate(Property("Last-Modified")), metadata);
    }

    private static string HeaderOrEmpty(Response response, string name) =>
        response.Headers.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>ETags are compared as sent in If-Match, i.e. quoted.</summary>
    internal static string QuotedETag(string etag) =>
        etag.Length == 0 || etag.StartsWith('"') ? etag : $"\"{etag}\"";

    private static DateTimeOffset ParseDate(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : DateTimeOffset.MinValue;
}
