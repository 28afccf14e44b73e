namespace ReportPipeline.Core.Storage;

/// <summary>
/// A table row: keys plus typed properties (string, int, long, double, bool, DateTimeOffset, Guid, byte[]).
/// Mind the service limits: 1 MiB per entity, 64 KiB per string, no '/', '\\', '#', '?' or control chars in keys.
/// </summary>
public sealed class TableEntity(string partitionKey, string rowKey)
{
    public string PartitionKey { get; } = partitionKey;
    public string RowKey { get; } = rowKey;
    public string? ETag { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public Dictionary<string, object?> Properties { get; init; } = new(StringComparer.Ordinal);

    public object? this[string name]
    {
        get => Properties.GetValueOrDefault(name);
        set => Properties[name] = value;
    }

    public string? GetString(string name) => this[name] as string;

    public long? GetInt64(string name) => this[name] switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => null,
    };

    public double? GetDouble(string name) => this[name] switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };

    public bool? GetBoolean(string name) => this[name] as bool?;

    public DateTimeOffset? GetDateTimeOffset(string name) => this[name] as DateTimeOffset?;
}
