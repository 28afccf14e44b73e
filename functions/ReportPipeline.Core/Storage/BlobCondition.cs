namespace ReportPipeline.Core.Storage;

/// <summary>Conditional write: <see cref="IfNoneMatchAny"/> writes only when the blob does not exist yet.</summary>
public sealed record BlobCondition(bool IfNoneMatchAny = false, string? IfMatch = null)
{
    public static BlobCondition None { get; } = new();
    public static BlobCondition OnlyIfNew { get; } = new(IfNoneMatchAny: true);
}
