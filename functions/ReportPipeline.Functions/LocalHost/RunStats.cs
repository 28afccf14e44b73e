using System.Collections.Concurrent;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>What this run of the local host did, counted as it happens (thread-safe).</summary>
public sealed class RunStats
{
    private readonly ConcurrentDictionary<string, int> _succeeded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _poisoned = new();
    private int _blobEvents;

    public void Succeeded(string function) => _succeeded.AddOrUpdate(function, 1, (_, n) => n + 1);

    public void Failed(string function) => _failed.AddOrUpdate(function, 1, (_, n) => n + 1);

    public void Poisoned(string description) => _poisoned.Enqueue(description);

    public void BlobEvent() => Interlocked.Increment(ref _blobEvents);

    public int SucceededCount(string function) => _succeeded.GetValueOrDefault(function);

    public int FailedCount(string function) => _failed.GetValueOrDefault(function);

    public int BlobEvents => _blobEvents;

    public IReadOnlyList<string> PoisonedMessages => [.. _poisoned];
}
