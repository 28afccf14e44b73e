using System.Text.Json;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

internal sealed record ReceivedMail(string Subject, string Text, string Html, string MessageId,
    IReadOnlyDictionary<string, string> Headers)
{
    public static ReceivedMail From(JsonElement e)
    {
        var headers = e.GetProperty("headers").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
        return new ReceivedMail(Str(e, "subject"), Str(e, "text"), Str(e, "html"), Str(e, "messageId"), headers);
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
