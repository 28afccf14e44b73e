using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReportPipeline.Storage.IntegrationTests;

/// <summary>
/// A real HTTPS server on a loopback port (bearer tokens are only sent over TLS) that records each request's
/// Authorization header and answers with a canned Table entity.
/// </summary>
internal sealed class LoopbackHttpsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackHttpsServer(WebApplication app) => _app = app;

    public List<(string Path, string? Authorization)> Requests { get; } = [];

    public Uri BaseUri => new(_app.Urls.Single());

    public static async Task<LoopbackHttpsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var certificate = SelfSigned();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var server = new LoopbackHttpsServer(app);
        app.Run(context => server.Answer(context));
        await app.StartAsync();
        return server;
    }

    private async Task Answer(HttpContext context)
    {
        lock (Requests)
            Requests.Add((context.Request.Path.Value ?? string.Empty, context.Request.Headers.Authorization.FirstOrDefault()));
        context.Response.ContentType = "application/json;odata=minimalmetadata";
        context.Response.Headers.ETag = "W/\"datetime'2025-01-01T00%3A00%3A00Z'\"";
        await context.Response.WriteAsync("""{"PartitionKey":"pk","RowKey":"rk","Title":"来自回环"}""");
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256); // fast to generate, unlike RSA
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
