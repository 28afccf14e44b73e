using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportPipeline.Functions.Handler;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>
/// One run of `reportpipeline host`: starts the custom handler on a loopback port, then the local host that
/// triggers it. Used by the CLI and by the end-to-end tests (with configuration overrides).
/// </summary>
public sealed class LocalHostSession : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private LocalHostSession(WebApplication app, HttpClient http, FunctionCatalog catalog, IProgressSink progress)
    {
        _app = app;
        _http = http;
        Catalog = catalog;
        Progress = progress;
    }

    public FunctionCatalog Catalog { get; }
    public IProgressSink Progress { get; }
    public RunStats Stats { get; } = new();
    public IServiceProvider Services => _app.Services;
    public Uri HandlerAddress => _http.BaseAddress!;

    public static async Task<LocalHostSession> StartAsync(string root, IProgressSink progress,
        IReadOnlyDictionary<string, string?>? overrides = null, CancellationToken ct = default)
    {
        var catalog = FunctionCatalog.Load(root);
        var app = CustomHandlerApp.Build(root, 0, overrides, LogLevel.Warning);
        await app.StartAsync(ct);
        var http = new HttpClient
        {
            BaseAddress = CustomHandlerApp.BaseAddress(app),
            Timeout = catalog.Host.FunctionTimeout + TimeSpan.FromSeconds(30),
        };
        progress.Report($"custom handler listening on {http.BaseAddress} ({catalog.Functions.Count} functions)");
        return new LocalHostSession(app, http, catalog, progress);
    }

    public LocalHostOptions Options =>
        Services.GetRequiredService<IConfiguration>().GetSection("LocalHost").Get<LocalHostOptions>() ?? new();

    public LocalFunctionsHost CreateHost(Func<string, string, Uri> blobUri) =>
        LocalHostFactory.Create(Catalog, Services, _http, Stats, Progress, Options, blobUri);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
