using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportPipeline.Crawling.Benchmarks;

/// <summary>
/// N simulated portals: one Kestrel listening on N loopback ports (the crawler's politeness keys on host:port, so each
/// port is a distinct host), each serving a TRS column with M report pages of ~20 KB.
/// </summary>
public sealed class SimulatedHosts : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatedHosts(WebApplication app, IReadOnlyList<Uri> hosts)
    {
        _app = app;
        Hosts = hosts;
    }

    public IReadOnlyList<Uri> Hosts { get; }

    public static async Task<SimulatedHosts> StartAsync(int hosts, int reports)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            for (var i = 0; i < hosts; i++) k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        var list = Encoding.UTF8.GetBytes(ListPage(reports));
        var detail = Encoding.UTF8.GetBytes(DetailPage());
        app.Run(ctx => Serve(ctx, list, detail));
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new SimulatedHosts(app, addresses.Select(a => new Uri($"http://127.0.0.1:{new Uri(a).Port}/")).ToList());
    }

    private static Task Serve(HttpContext ctx, byte[] list, byte[] detail)
    {
        var path = ctx.Request.Path.Value ?? "";
        if (path == "/robots.txt") return Write(ctx, "User-agent: *\nDisallow: /manage/\n"u8.ToArray(), "text/plain");
        if (path == "/xxgk/index.html") return Write(ctx, list, "text/html; charset=utf-8");
        if (path.StartsWith("/xxgk/2021", StringComparison.Ordinal))
        {
            // Every page differs (its path is in it), so each is stored as its own document.
            return Write(ctx, [.. detail, .. Encoding.UTF8.GetBytes(path + ctx.Request.Host.Port)], "text/html; charset=utf-8");
        }
        ctx.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private static Task Write(HttpContext ctx, byte[] body, string type)
    {
        ctx.Response.ContentType = type;
        ctx.Response.ContentLength = body.Length;
        return ctx.Response.Body.WriteAsync(body).AsTask();
    }

    private static string ListPage(int reports)
    {
        var s = new StringBuilder("<html><body><ul>");
        for (var i = 0; i < reports; i++)
            s.Append($"<li><a href=\"./202101/t20210120_{i}.htm\">测试区{2000 + i}年政府信息公开工作年度报告</a><span>2021-01-20</span></li>");
        return s.Append("</ul></body></html>").ToString();
    }

    private static string DetailPage() =>
        "<html><head><meta name=\"PubDate\" content=\"2021-01-20\"></head><body><div class=\"TRS_Editor\">"
        + string.Concat(Enumerable.Repeat("<p>本年度共收到政府信息公开申请92件，上年结转3件，办结91件，结转下年度4件。</p>", 250))
        + "</div></body></html>";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
