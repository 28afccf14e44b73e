using System.Text.Json;

namespace ReportPipeline.Functions.Configuration;

/// <summary>
/// Reads local.settings.json "Values" (as Core Tools would) into configuration keys: "Smtp__Host" becomes
/// "Smtp:Host", exactly as the same name would as an environment variable or Azure app setting.
/// </summary>
public static class LocalSettings
{
    public const string FileName = "local.settings.json";

    public static IReadOnlyDictionary<string, string?> Read(string? root)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var path = root is null ? null : Path.Combine(root, FileName);
        if (path is null || !File.Exists(path))
        {
            return values;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.TryGetProperty("Values", out var section) && section.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in section.EnumerateObject())
            {
                values[ToConfigurationKey(property.Name)] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()
                    : property.Value.GetRawText();
            }
        }

        return values;
    }

    public static string ToConfigurationKey(string name) => name.Replace("__", ":", StringComparison.Ordinal);
}
