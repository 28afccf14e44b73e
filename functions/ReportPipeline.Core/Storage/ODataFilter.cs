namespace ReportPipeline.Core.Storage;

/// <summary>Builds OData filters with quoted literals, so values never break out of the expression.</summary>
public static class ODataFilter
{
    public static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    public static string Equal(string property, string value) => $"{property} eq {Quote(value)}";

    public static string PartitionKeyEquals(string partitionKey) => Equal("PartitionKey", partitionKey);
}
