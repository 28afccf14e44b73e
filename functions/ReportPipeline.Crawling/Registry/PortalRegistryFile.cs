using System.Text.Json;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Crawling.Registry;

/// <summary>The registry file's shape: { "portals": [ PortalDefinition, … ] } in PipelineJson (camelCase), comments allowed.</summary>
public sealed record PortalRegistryFile(IReadOnlyList<PortalDefinition> Portals)
{
    private static readonly JsonSerializerOptions _options = new(PipelineJson.Options)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static PortalRegistryFile Parse(string json, string source)
    {
        PortalRegistryFile? file;
        try
        {
            file = JsonSerializer.Deserialize<PortalRegistryFile>(json, _options);
        }
        catch (JsonException e)
        {
            throw new PortalRegistryException($"{source}: not a valid portal registry ({e.Message})", e);
        }
        if (file?.Portals is null) throw new PortalRegistryException($"{source}: missing \"portals\" array");
        PortalValidator.ValidateAll(file.Portals, source);
        return file;
    }
}
