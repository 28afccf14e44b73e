namespace ReportPipeline.Core.Storage;

/// <summary>One entry of a blob listing (no content).</summary>
public sealed record BlobItem(string Name, long Length, string ContentType, string ETag, DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>A page of a listing; <see cref="Continuation"/> is null on the last page.</summary>
public sealed record BlobPage(IReadOnlyList<BlobItem> Items, string? Continuation);
