namespace ReportPipeline.Core.Storage;

/// <summary>A blob's bytes and properties. Metadata values may hold any Unicode text (the adapter encodes them).</summary>
public sealed record StoredBlob(
    string Container,
    string Name,
    ReadOnlyMemory<byte> Content,
    string ContentType,
    string ETag,
    DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata);
