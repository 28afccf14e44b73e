using System.Globalization;
using System.Text.Json;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Tables;

/// <summary>Reads a JSON entity (minimal metadata) back into typed properties using the @odata.type annotations.</summary>
internal static class TableEntityReader
{
    private const string TypeSuffix = "@odata.type";

    public static TableEntity Read(JsonElement json, string? etagHeader = null)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        string partitionKey = string.Empty, rowKey = string.Empty;
        string? etag = etagHeader;
        DateTimeOffset? timestamp = null;
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal))
            {
                if (name == "odata.etag")
                    etag ??= property.Value.GetString();
                continue;
            }
            var type = json.TryGetProperty(name + TypeSuffix, out var t) ? t.GetString() : null;
            switch (name)
            {
                case "PartitionKey": partitionKey = property.Value.GetString() ?? string.Empty; break;
                case "RowKey": rowKey = property.Value.GetString() ?? string.Empty; break;
                case "Timestamp": timestamp = (DateTimeOffset?)ReadValue(property.Value, "Edm.DateTime"); break;
                default: properties[name] = ReadValue(property.Value, type); break;
            }
        }
        return new TableEntity(partitionKey, rowKey) { ETag = etag, Timestamp = timestamp, Properties = properties };
    }

    private static object? ReadValue(JsonElement value, string? edmType) => edmType switch
    {
        "Edm.Int64" => long.Parse(value.ToString(), CultureInfo.InvariantCulture),
        "Edm.DateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => Convert.FromBase64String(value.GetString()!),
        "Edm.Double" => ReadDouble(value),
        "Edm.Int32" => value.ValueKind == JsonValueKind.String
            ? int.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt32(),
        _ => ReadUntyped(value),
    };

    private static object? ReadUntyped(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Number => IsWholeNumberText(value.GetRawText()) && value.TryGetInt32(out var i) ? (object)i : value.GetDouble(),
        _ => value.GetRawText(),
    };

    private static double ReadDouble(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble();

    private static bool IsWholeNumberText(string raw) => raw.AsSpan().IndexOfAny('.', 'E', 'e') < 0;
}
