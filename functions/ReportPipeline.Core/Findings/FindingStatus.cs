using System.Text.Json.Serialization;

namespace ReportPipeline.Core.Findings;

[JsonConverter(typeof(JsonStringEnumConverter<FindingStatus>))]
public enum FindingStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("resolved")] Resolved,
}
