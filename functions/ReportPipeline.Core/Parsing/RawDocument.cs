namespace ReportPipeline.Core.Parsing;

/// <summary>Bytes as fetched, with what the fetch said about them (raw blob metadata, <see cref="Storage.RawBlobMetadata"/>).</summary>
public sealed record RawDocument(
    ReadOnlyMemory<byte> Content,
    string? ContentType,
    string? SourceUrl,
    IReadOnlyDictionary<string, string> Metadata)
{
    public static RawDocument FromBytes(byte[] content, string? contentType = null, string? sourceUrl = null) =>
        new(content, contentType, sourceUrl, new Dictionary<string, string>());
}
