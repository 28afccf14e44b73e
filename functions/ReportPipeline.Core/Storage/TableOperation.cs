namespace ReportPipeline.Core.Storage;

public enum TableOperationKind { Insert, UpsertMerge, UpsertReplace, Delete }

/// <summary>One operation of an entity group transaction (all in one partition, at most 100).</summary>
public sealed record TableOperation(TableOperationKind Kind, TableEntity Entity)
{
    public static TableOperation Insert(TableEntity e) => new(TableOperationKind.Insert, e);
    public static TableOperation UpsertMerge(TableEntity e) => new(TableOperationKind.UpsertMerge, e);
    public static TableOperation UpsertReplace(TableEntity e) => new(TableOperationKind.UpsertReplace, e);
    public static TableOperation Delete(TableEntity e) => new(TableOperationKind.Delete, e);
}
