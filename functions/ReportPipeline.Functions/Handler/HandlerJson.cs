using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportPipeline.Functions.Handler;

/// <summary>
/// JSON for the host protocol: property names exactly as the Functions host writes them (PascalCase "Data",
/// "Metadata", "Outputs", "Logs", "ReturnValue"), read case-insensitively.
/// </summary>
public static class HandlerJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = null,
        PropertyNameCaseInsensitive = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
