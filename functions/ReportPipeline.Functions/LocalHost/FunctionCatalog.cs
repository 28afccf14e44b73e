using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>host.json plus every functions/*/function.json under the app root, read as the Functions host reads them.</summary>
public sealed record FunctionCatalog(HostSettings Host, IReadOnlyList<FunctionDefinition> Functions)
{
    public const string FunctionsFolder = "functions";

    public static FunctionCatalog Load(string root, string? functionsFolder = null)
    {
        var host = ReadHost(Path.Combine(root, "host.json"));
        var folder = Path.Combine(root, functionsFolder ?? FunctionsFolder);
        var functions = Directory.EnumerateDirectories(folder)
            .Where(dir => File.Exists(Path.Combine(dir, "function.json")))
            .Select(dir => FunctionJson.Read(Path.GetFileName(dir), Path.Combine(dir, "function.json")))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        return new FunctionCatalog(host, functions);
    }

    public IEnumerable<FunctionDefinition> OfKind(TriggerKind kind) => Functions.Where(f => f.Trigger == kind);

    private static HostSettings ReadHost(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }) ?? throw new InvalidDataException($"{path} is empty");
        var queues = json["extensions"]?["queues"];
        var settings = new QueueSettings(
            BatchSize: queues?["batchSize"]?.GetValue<int>() ?? 16,
            VisibilityTimeout: Duration(queues?["visibilityTimeout"], TimeSpan.Zero),
            MaxDequeueCount: queues?["maxDequeueCount"]?.GetValue<int>() ?? 5,
            MaxPollingInterval: Duration(queues?["maxPollingInterval"], TimeSpan.FromMinutes(1)));
        var description = json["customHandler"]?["description"];
        return new HostSettings(
            settings,
            Duration(json["functionTimeout"], TimeSpan.FromMinutes(5)),
            description?["defaultExecutablePath"]?.GetValue<string>() ?? "",
            description?["arguments"]?.AsArray().Select(a => a!.GetValue<string>()).ToList() ?? [],
            json["customHandler"]?["enableForwardingHttpRequest"]?.GetValue<bool>() ?? false);
    }

    private static TimeSpan Duration(JsonNode? node, TimeSpan fallback) =>
        node is null ? fallback : TimeSpan.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);
}
