using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportPipeline.DemoPortal;

/// <summary>
/// The embedded demo portal: Kestrel on 127.0.0.1 only, serving the seed reports as a TRS-style
/// 政府信息公开年报 column (see <see cref="DemoSite"/>), with ETag/Last-Modified and 304s like a static web server.
/// </summary>
public sealed class DemoPortalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DemoPortalServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseUrl { get; }

    public Uri ListUrl => new(BaseUrl, DemoSite.ListPath(0));

    /// <param name="port">Loopback port; 0 picks a free one.</param>
    public static async Task<DemoPortalServer> StartAsync(int port, CancellationToken ct = default)
    {
        var content = DemoContent.Build();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, content));
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var actual = new Uri(address).Port;
        return new DemoPortalServer(app, new Uri($"http://127.0.0.1:{actual.ToString(CultureInfo.InvariantCulture)}/"));
    }

    private static Task ServeAsync(HttpContext context, IReadOnlyDictionary<string, DemoResource> content)
    {
        var response = context.Response;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }
        if (!content.TryGetValue(context.Request.Path.Value ?? "/", out var resource))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        response.Headers.ETag = resource.ETag;
        response.Headers.LastModified = resource.Modified.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);
        if (context.Request.Headers.IfNoneMatch.Contains(resource.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.ContentType = resource.ContentType;
        response.ContentLength = resource.Body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(resource.Body).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
