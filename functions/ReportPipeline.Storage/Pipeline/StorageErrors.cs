using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Azure;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Pipeline;

/// <summary>Turns a failed response into <see cref="StorageException"/> with the service's error code and request id.</summary>
internal static class StorageErrors
{
    public static StorageException From(Response response, string operation)
    {
        var (code, message) = ReadBody(response.Content?.ToString());
        if (response.Headers.TryGetValue("x-ms-error-code", out var headerCode) && !string.IsNullOrEmpty(headerCode))
            code = headerCode;
        response.Headers.TryGetValue("x-ms-request-id", out var requestId);
        var detail = message is null ? operation : $"{operation}: {message}";
        return new StorageException((HttpStatusCode)response.Status, code ?? $"Http{response.Status}", requestId, detail);
    }

    /// <summary>The error code of a response (header or body), or null.</summary>
    public static string? Code(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code) && !string.IsNullOrEmpty(code)
            ? code
            : ReadBody(response.Content?.ToString()).Code;

    /// <summary>Reads &lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt; (Blob/Queue XML) or {"odata.error":..} (Table JSON).</summary>
    internal static (string? Code, string? Message) ReadBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return (null, null);
        var trimmed = body.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        try
        {
            return trimmed.StartsWith('{') ? ReadJson(trimmed) : trimmed.StartsWith('<') ? ReadXml(trimmed) : (null, null);
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException)
        {
            return (null, null);
        }
    }

    private static (string?, string?) ReadXml(string body)
    {
        var root = XDocument.Parse(body).Root;
        var message = root?.Element("Message")?.Value;
        return (root?.Element("Code")?.Value, message?.Split('\n')[0].Trim());
    }

    private static (string?, string?) ReadJson(string body)
    {
        using var json = JsonDocument.Parse(body);
        if (!json.RootElement.TryGetProperty("odata.error", out var error) &&
            !json.RootElement.TryGetProperty("error", out error))
            return (null, null);
        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
        string? message = null;
        if (error.TryGetProperty("message", out var m))
            message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString();
        return (code, message?.Split('\n')[0].Trim());
    }
}
