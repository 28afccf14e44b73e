using System.Text.Json.Nodes;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>Reads one function.json: finds its trigger binding and the settings the local host needs.</summary>
public static class FunctionJson
{
    public static FunctionDefinition Read(string name, string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty");
        var bindings = json["bindings"]?.AsArray() ?? throw new InvalidDataException($"{path} has no bindings");
        var trigger = bindings.FirstOrDefault(b =>
                (b?["type"]?.GetValue<string>() ?? "").EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"{path} has no trigger binding");
        string? Text(string key) => trigger[key]?.GetValue<string>();
        var bindingName = Text("name") ?? throw new InvalidDataException($"{path}: the trigger has no name");
        return Text("type")?.ToLowerInvariant() switch
        {
            "timertrigger" => new(name, TriggerKind.Timer, bindingName, Schedule: Text("schedule")),
            "queuetrigger" => new(name, TriggerKind.Queue, bindingName, QueueName: Text("queueName"),
                Connection: Text("connection")),
            "blobtrigger" => new(name, TriggerKind.Blob, bindingName, BlobPath: Text("path"),
                Connection: Text("connection")),
            "httptrigger" => new(name, TriggerKind.Http, bindingName, Route: Text("route")),
            var other => throw new InvalidDataException($"{path}: trigger type '{other}' is not supported locally"),
        };
    }
}
