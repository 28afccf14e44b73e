using System.Text.Json;

namespace ReportPipeline.Infra.Tests.Support;

/// <summary>One functions/&lt;Name&gt;/function.json: the folder name is the function name.</summary>
public sealed record FunctionDefinition(string Name, string RelativePath, IReadOnlyList<JsonElement> Bindings)
{
    public static IReadOnlyList<FunctionDefinition> LoadAll()
    {
        var functions = Directory.GetDirectories(RepoFiles.PathOf("functions"))
            .Where(dir => File.Exists(Path.Combine(dir, "function.json")))
            .OrderBy(dir => dir, StringComparer.Ordinal)
            .Select(Load)
            .ToList();
        Assert.True(functions.Count > 0, "no functions/*/function.json found: the integrator's function folders are missing");
        return functions;
    }

    public IEnumerable<JsonElement> BindingsOfType(string type) =>
        Bindings.Where(b => b.TryGetProperty("type", out var t) && t.GetString() == type);

    private static FunctionDefinition Load(string dir)
    {
        var name = Path.GetFileName(dir);
        var relative = $"functions/{name}/function.json";
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "function.json")));
        Assert.True(doc.RootElement.TryGetProperty("bindings", out var bindings), $"{relative} has no \"bindings\" array");
        return new FunctionDefinition(name, relative, bindings.EnumerateArray().Select(b => b.Clone()).ToList());
    }
}
