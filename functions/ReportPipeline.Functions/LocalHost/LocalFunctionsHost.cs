using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>
/// The local stand-in for the Functions host: fires timers (NCrontab), polls queues and blob listings, and
/// delivers each invocation to the custom handler over loopback HTTP.
/// </summary>
public sealed class LocalFunctionsHost(FunctionCatalog catalog, IQueueStore queues, QueueDispatcher dispatcher,
    BlobEventSource blobEvents, InvocationClient client, IReadOnlyList<TimerSchedule> timers, TimeProvider time,
    RunStats stats, IProgressSink progress, LocalHostOptions options)
{
    private readonly Dictionary<string, DateTimeOffset> _lastFired = new(StringComparer.Ordinal);

    /// <summary>Runs every timer once, now (in their order of the day), draining queues and blob events after each.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        await EnsureQueuesAsync(ct);
        foreach (var timer in timers.OrderBy(t => t.TimeOfDay))
        {
            await FireAsync(timer, ct);
            await DrainAsync(ct);
        }

        await DrainAsync(ct);
    }

    /// <summary>Runs until cancelled: timers on their schedules, queues and blob events as they arrive.</summary>
    public async Task RunAsync(bool runTimersNow, CancellationToken ct)
    {
        await EnsureQueuesAsync(ct);
        var next = timers.ToDictionary(t => t, t => runTimersNow ? time.GetUtcNow() : t.NextAfter(time.GetUtcNow()));
        var idle = options.IdlePollInterval;
        while (!ct.IsCancellationRequested)
        {
            foreach (var timer in timers.Where(t => next[t] <= time.GetUtcNow()))
            {
                await FireAsync(timer, ct);
                next[timer] = timer.NextAfter(time.GetUtcNow());
            }

            var worked = await PassAsync(ct);
            idle = worked ? options.IdlePollInterval : Min(idle * 2, catalog.Host.Queues.PollingCeiling);
            if (!worked)
            {
                await Task.Delay(idle, time, ct);
            }
        }
    }

    private async Task FireAsync(TimerSchedule timer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        progress.Report($"timer {timer.Function.Name} fired");
        var payload = InvocationPayloads.Timer(timer.Function, now, _lastFired.GetValueOrDefault(timer.Function.Name),
            timer.NextAfter(now));
        _lastFired[timer.Function.Name] = now;
        var outcome = await client.InvokeAsync(timer.Function.Name, payload, ct);
        if (outcome.Succeeded)
        {
            stats.Succeeded(timer.Function.Name);
            progress.Report($"{timer.Function.Name}: {outcome.Reason}");
        }
        else
        {
            stats.Failed(timer.Function.Name);
            progress.Report($"{timer.Function.Name} failed: {outcome.Reason}");
        }
    }

    /// <summary>Until one pass finds nothing and every trigger queue is empty (retries included).</summary>
    private async Task DrainAsync(CancellationToken ct)
    {
        while (true)
        {
            if (await PassAsync(ct))
            {
                continue;
            }

            if (await QueuesEmptyAsync(ct) && !await PassAsync(ct))
            {
                return;
            }

            await Task.Delay(options.IdlePollInterval, time, ct);
        }
    }

    private async Task<bool> PassAsync(CancellationToken ct)
    {
        var handled = 0;
        foreach (var function in catalog.OfKind(TriggerKind.Blob))
        {
            handled += await blobEvents.PassAsync(function, ct);
        }

        foreach (var function in catalog.OfKind(TriggerKind.Queue))
        {
            handled += await dispatcher.PassAsync(function, ct);
        }

        return handled > 0;
    }

    private async Task<bool> QueuesEmptyAsync(CancellationToken ct)
    {
        foreach (var function in catalog.OfKind(TriggerKind.Queue))
        {
            if (await queues.GetApproximateCountAsync(function.QueueName!, ct) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private async Task EnsureQueuesAsync(CancellationToken ct)
    {
        foreach (var function in catalog.OfKind(TriggerKind.Queue))
        {
            await queues.CreateIfNotExistsAsync(function.QueueName!, ct);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
