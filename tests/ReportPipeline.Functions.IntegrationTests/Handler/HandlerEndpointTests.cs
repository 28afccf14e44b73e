using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ReportPipeline.Functions.IntegrationTests.Fixtures;

namespace ReportPipeline.Functions.IntegrationTests.Handler;

/// <summary>The custom-handler endpoints answering the request payloads documented for the Functions host.</summary>
public sealed class HandlerEndpointTests(HandlerHost handler) : IClassFixture<HandlerHost>
{
    [Fact]
    public async Task QueueInvocation_MalformedMessage_Returns400WithReasonInLogs()
    {
        var payload = DocumentedPayloads.Queue("{ message: \"Message sent\" }");

        using var response = await handler.Client.PostAsync("/CheckReport", Json(payload));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var logs = await LogsAsync(response);
        Assert.Contains(logs, l => l.Contains("not a valid CheckReportMessage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueInvocation_MessageWithoutPortalId_Returns400()
    {
        var payload = DocumentedPayloads.Queue("""{"portalId":"","runId":"r1"}""");

        using var response = await handler.Client.PostAsync("/CrawlPortal", Json(payload));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await LogsAsync(response), l => l.Contains("portalId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BlobInvocation_WithoutBlobName_Returns400()
    {
        var payload = new { Data = new Dictionary<string, object?> { ["rawBlob"] = null }, Metadata = new { } };

        using var response = await handler.Client.PostAsync("/ParseReport", Json(payload));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await LogsAsync(response), l => l.Contains("BlobTrigger", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invocation_BodyNotJson_Returns400()
    {
        using var response = await handler.Client.PostAsync("/CheckReport",
            new StringContent("<xml/>", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_ForwardedGet_Returns200AndStorageOk()
    {
        using var response = await handler.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Health_PayloadForm_ReturnsOutputsResWithStatusAndBody()
    {
        var payload = DocumentedPayloads.Http("GET", "http://localhost:7071/api/health");

        using var response = await handler.Client.PostAsync("/Health", Json(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var res = body.RootElement.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        Assert.Contains("\"status\":\"ok\"", res.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindingsApi_ForwardedGet_ReturnsJsonArray()
    {
        using var response = await handler.Client.GetAsync("/api/findings?status=open&agency=" + Guid.NewGuid());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, body.RootElement.ValueKind);
    }

    [Fact]
    public async Task Dashboard_ForwardedGet_ReturnsHtml()
    {
        using var response = await handler.Client.GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("年报监测", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_ForgedToken_Returns400Page()
    {
        using var response = await handler.Client.GetAsync("/api/unsubscribe?token=forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("退订链接无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static JsonContent Json(object payload) => JsonContent.Create(payload);

    private static async Task<List<string>> LogsAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("Logs").EnumerateArray().Select(e => e.GetString() ?? "")];
    }
}
