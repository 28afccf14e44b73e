using System.Text.Json.Serialization;

namespace ReportPipeline.Functions.Handler;

/// <summary>What GET /api/health answers: "ok" when storage answers, "degraded" with the reason otherwise.</summary>
public sealed record HealthReport(string Status, string Version, string Storage, DateTimeOffset CheckedAt)
{
    [JsonIgnore]
    public int StatusCode => Status == "ok" ? 200 : 503;
}
