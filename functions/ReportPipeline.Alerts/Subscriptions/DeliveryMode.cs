using System.Text.Json.Serialization;

namespace ReportPipeline.Alerts.Subscriptions;

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryMode>))]
public enum DeliveryMode
{
    /// <summary>One email per alerts-queue message that changes something for the recipient.</summary>
    [JsonStringEnumMemberName("immediate")] Immediate,
    /// <summary>Collected and sent once a day by the digest timer.</summary>
    [JsonStringEnumMemberName("digest")] Digest,
}
