using System.Text.Json;

namespace ReportPipeline.Infra.Tests.Support;

/// <summary>host.json, local.settings.sample.json and infra JSON, read from the repository.</summary>
public static class JsonFiles
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonElement Load(string relative)
    {
        using var doc = JsonDocument.Parse(RepoFiles.Read(relative), Lenient);
        return doc.RootElement.Clone();
    }

    public static JsonElement Path(JsonElement root, string file, params string[] names)
    {
        var current = root;
        foreach (var name in names)
        {
            Assert.True(
                current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out current),
                $"{file}: missing {string.Join('.', names)}");
        }
        return current;
    }

    public static IReadOnlyDictionary<string, string> LocalSettingsValues()
    {
        var values = Path(Load("local.settings.sample.json"), "local.settings.sample.json", "Values");
        return values.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    public static IReadOnlyList<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
}
