using System.Text.Json.Nodes;

namespace ReportPipeline.Functions.IntegrationTests.Fixtures;

/// <summary>
/// A throw-away app root: the repository's host.json (optionally edited) and chosen function.json files
/// (optionally edited), so a test can run the local host against its own queues and retry settings.
/// </summary>
public sealed class TempAppRoot : IDisposable
{
    public TempAppRoot(Action<JsonNode>? editHost = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), TestEnvironment.Unique("rp-root-"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "functions"));
        var host = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(TestEnvironment.RepoRoot, "host.json")))!;
        editHost?.Invoke(host);
        File.WriteAllText(System.IO.Path.Combine(Path, "host.json"), host.ToJsonString());
    }

    public string Path { get; }

    public TempAppRoot WithFunction(string name, Action<JsonNode>? editTrigger = null)
    {
        var source = System.IO.Path.Combine(TestEnvironment.RepoRoot, "functions", name, "function.json");
        var json = JsonNode.Parse(File.ReadAllText(source))!;
        editTrigger?.Invoke(json["bindings"]![0]!);
        var folder = System.IO.Path.Combine(Path, "functions", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, "function.json"), json.ToJsonString());
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
