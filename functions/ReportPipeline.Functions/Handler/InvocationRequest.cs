using System.Text.Json;

namespace ReportPipeline.Functions.Handler;

/// <summary>
/// The custom-handler request body the Functions host POSTs to /{FunctionName}: trigger and input data keyed by the
/// binding names in function.json, and the trigger metadata (e.g. DequeueCount, Id, InsertionTime for queues).
/// </summary>
public sealed class InvocationRequest
{
    public Dictionary<string, JsonElement> Data { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, JsonElement> Metadata { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The binding's value as text: a JSON string as is, any other JSON value as its raw text.</summary>
    public string? DataText(string bindingName) => Text(Data, bindingName);

    public string? MetadataText(string key) => Text(Metadata, key);

    public long? MetadataInt64(string key) =>
        Metadata.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64()
        : long.TryParse(MetadataText(key), out var parsed) ? parsed : null;

    private static string? Text(Dictionary<string, JsonElement> values, string key)
    {
        if (!values.TryGetValue(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }
}
