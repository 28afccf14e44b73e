namespace ReportPipeline.Core.Storage;

/// <summary>A page of a query; <see cref="Continuation"/> is an opaque token, null on the last page.</summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Items, string? Continuation);
