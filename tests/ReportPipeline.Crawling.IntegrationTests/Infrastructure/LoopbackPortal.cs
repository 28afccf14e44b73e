using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportPipeline.Crawling.IntegrationTests.Infrastructure;

/// <summary>A real HTTP server on 127.0.0.1:0 whose routes a test sets; it logs every request it receives.</summary>
public sealed class LoopbackPortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    private LoopbackPortal(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;
    public ConcurrentQueue<LoggedRequest> Requests { get; } = new();

    public static async Task<LoopbackPortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var portal = new LoopbackPortal(app);
        app.Run(portal.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        portal.BaseUrl = new Uri($"http://127.0.0.1:{new Uri(address).Port}/");
        return portal;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>A static resource with a strong ETag, answering If-None-Match with 304 like a web server.</summary>
    public void MapStatic(string path, byte[] body, string contentType) =>
        Map(path, ctx => Responses.Static(ctx, body, contentType));

    public void MapHtml(string path, string html) => MapStatic(path, System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    private Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value + ctx.Request.QueryString.Value;
        Requests.Enqueue(new LoggedRequest(path, ctx.Request.Headers.UserAgent.ToString(),
            ctx.Request.Headers.IfNoneMatch.ToString(), DateTimeOffset.UtcNow));
        if (_routes.TryGetValue(path, out var handler) || _routes.TryGetValue(ctx.Request.Path.Value ?? "", out handler))
            return handler(ctx);
        ctx.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record LoggedRequest(string Path, string UserAgent, string IfNoneMatch, DateTimeOffset At);
