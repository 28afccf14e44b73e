namespace ReportPipeline.Parsing.Tables;

/// <summary>One canonical cell: its id, table, template version ("2019", "2021", "2008") and printed labels.</summary>
public sealed record SchemaEntry(string Id, string Table, string Version, string RowLabel, string ColumnLabel);
