namespace ReportPipeline.Functions.LocalHost;

/// <summary>Starts the embedded demo portal when the configured registry has a demo portal.</summary>
public static class DemoPortalStarter
{
    public static Task<IAsyncDisposable> StartIfConfiguredAsync(IServiceProvider services, IProgressSink progress)
    {
        _ = services;
        _ = progress;
        return Task.FromResult<IAsyncDisposable>(new Nothing());
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
