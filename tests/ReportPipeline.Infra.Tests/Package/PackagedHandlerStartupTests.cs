using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Package;

/// <summary>
/// Starts the unpacked handler the way the Functions host does (working directory = app root, host.json arguments,
/// FUNCTIONS_CUSTOMHANDLER_PORT, app settings as environment variables) and asks the Health function.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackagedHandlerStartupTests(PackageFixture package)
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task PackagedHandler_OnCustomHandlerPort_AnswersHealthInvocation()
    {
        var port = FreePort();
        using var handler = Process.Start(HandlerStart(port)) ?? throw new InvalidOperationException("handler did not start");
        var stderr = handler.StandardError.ReadToEndAsync();
        _ = handler.StandardOutput.ReadToEndAsync();
        try
        {
            var (status, body) = await InvokeHealthAsync(handler, port, stderr);

            Assert.True(status == HttpStatusCode.OK,
                $"health answered {(int)status}: {body} (storage must answer: bash scripts/dev-services.sh start)");
            using var json = JsonDocument.Parse(body);
            Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        }
        finally
        {
            if (!handler.HasExited)
            {
                handler.Kill(entireProcessTree: true);
            }
            await handler.WaitForExitAsync();
        }
    }

    private ProcessStartInfo HandlerStart(int port)
    {
        var description = JsonFiles.Path(JsonFiles.Load("host.json"), "host.json", "customHandler", "description");
        var arguments = description.TryGetProperty("arguments", out var args) ? JsonFiles.Strings(args).ToArray() : [];
        var start = PackagedApp.Start(package, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return start;
    }

    /// <summary>
    /// With enableForwardingHttpRequest the host forwards GET /api/{route}; otherwise it POSTs the documented
    /// {"Data":{"req":{...}},"Metadata":{}} payload to /{FunctionName}.
    /// </summary>
    private static async Task<(HttpStatusCode Status, string Body)> InvokeHealthAsync(Process handler, int port, Task<string> stderr)
    {
        var host = JsonFiles.Load("host.json");
        var forwarding = JsonFiles.Path(host, "host.json", "customHandler").TryGetProperty("enableForwardingHttpRequest", out var f)
            && f.ValueKind == JsonValueKind.True;
        var health = Assert.Single(FunctionDefinition.LoadAll(), d => d.Name == "Health");
        var route = health.BindingsOfType("httpTrigger").Single().GetProperty("route").GetString();
        var prefix = host.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var p) ? p.GetString() : "api";

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (true)
        {
            if (handler.HasExited)
            {
                throw new Xunit.Sdk.XunitException($"the packaged handler exited with code {handler.ExitCode} before answering:\n{await stderr}");
            }
            try
            {
                using var response = forwarding
                    ? await client.GetAsync($"{prefix}/{route}")
                    : await client.PostAsync(health.Name, new StringContent(
                        JsonSerializer.Serialize(new
                        {
                            Data = new { req = new { Url = $"http://localhost/{prefix}/{route}", Method = "GET", Query = new { }, Headers = new { } } },
                            Metadata = new { },
                        }),
                        Encoding.UTF8, "application/json"));
                var body = await response.Content.ReadAsStringAsync();
                // A cold process on a busy machine may miss the probe's short storage timeout once: ask again.
                if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow >= deadline)
                {
                    return (response.StatusCode, body);
                }
                await Task.Delay(500);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
