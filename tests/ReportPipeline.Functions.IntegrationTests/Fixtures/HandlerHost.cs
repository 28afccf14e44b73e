using Microsoft.AspNetCore.Builder;
using ReportPipeline.Functions.Handler;

namespace ReportPipeline.Functions.IntegrationTests.Fixtures;

/// <summary>The real custom handler (same Program setup) on a free loopback port, with an HttpClient aimed at it.</summary>
public sealed class HandlerHost : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        _app = CustomHandlerApp.Build(TestEnvironment.RepoRoot, 0,
            TestEnvironment.HandlerSettings(TestEnvironment.StorageConnectionString));
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = CustomHandlerApp.BaseAddress(_app), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
