namespace ReportPipeline.Crawling.Fetching;

/// <summary>Politeness for one host:port: one request at a time, and a pause after each before the next starts.</summary>
internal sealed class HostGate(TimeProvider time)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private DateTimeOffset _nextAllowed = DateTimeOffset.MinValue;

    public async Task<T> RunAsync<T>(TimeSpan pause, Func<CancellationToken, Task<T>> action, CancellationToken ct)
    {
        await _turn.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var wait = _nextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct).ConfigureAwait(false);
            return await action(ct).ConfigureAwait(false);
        }
        finally
        {
            _nextAllowed = time.GetUtcNow() + pause;
            _turn.Release();
        }
    }
}
