using System.Text.Json.Nodes;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Functions.Cli;

/// <summary>
/// `parse --json`: the whole model (PipelineJson, camelCase) with `metrics` flattened to id → number; the
/// per-metric evidence moves to `metricEvidence`.
/// </summary>
public static class ReportJson
{
    public static JsonObject ToJson(ParsedReport report)
    {
        var json = JsonNode.Parse(PipelineJson.Serialize(report))!.AsObject();
        var evidence = json["metrics"]?.DeepClone();
        var flat = new JsonObject();
        foreach (var (id, metric) in report.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            flat[id] = metric.Value;
        }

        json["metrics"] = flat;
        json["metricEvidence"] = evidence;
        return json;
    }

    public static string Serialize(JsonNode node) => node.ToJsonString(PipelineJson.Indented);
}
