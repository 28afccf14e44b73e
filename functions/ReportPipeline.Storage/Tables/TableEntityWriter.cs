using System.Globalization;
using System.Text.Json;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Tables;

/// <summary>Serializes an entity to the Table service's JSON, annotating the types JSON cannot express.</summary>
internal static class TableEntityWriter
{
    public static byte[] ToJson(TableEntity entity)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity.Properties)
                WriteProperty(writer, name, value);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                return; // The service stores no nulls: an absent property reads back as null.
            case string s:
                writer.WriteString(name, s);
                return;
            case bool b:
                writer.WriteBoolean(name, b);
                return;
            case int i:
                writer.WriteNumber(name, i);
                return;
            case long l:
                Annotated(writer, name, "Edm.Int64", l.ToString(CultureInfo.InvariantCulture));
                return;
            case double d:
                WriteDouble(writer, name, d);
                return;
            case DateTimeOffset dto:
                Annotated(writer, name, "Edm.DateTime", FormatDate(dto));
                return;
            case DateTime dt:
                Annotated(writer, name, "Edm.DateTime", FormatDate(new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified
                    ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt)));
                return;
            case Guid g:
                Annotated(writer, name, "Edm.Guid", g.ToString("D"));
                return;
            case byte[] bytes:
                Annotated(writer, name, "Edm.Binary", Convert.ToBase64String(bytes));
                return;
            default:
                throw new ArgumentException($"Property '{name}' has unsupported type {value.GetType().Name}.");
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double d)
    {
        writer.WriteString(name + "@odata.type", "Edm.Double");
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            return;
        }
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        // A whole number written as "5" would read back as Int32 where no annotation is returned.
        writer.WritePropertyName(name);
        writer.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0");
    }

    private static void Annotated(Utf8JsonWriter writer, string name, string edmType, string value)
    {
        writer.WriteString(name + "@odata.type", edmType);
        writer.WriteString(name, value);
    }

    private static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
