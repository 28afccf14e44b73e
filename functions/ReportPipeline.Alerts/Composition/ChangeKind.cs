using System.Text.Json.Serialization;

namespace ReportPipeline.Alerts.Composition;

/// <summary>What changed for a finding since the last email to this recipient.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    [JsonStringEnumMemberName("new")] New,
    /// <summary>A reminder: the error is still open after the reminder interval.</summary>
    [JsonStringEnumMemberName("still-open")] StillOpen,
    [JsonStringEnumMemberName("resolved")] Resolved,
}
