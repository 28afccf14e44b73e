using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.Unsubscribe;

namespace ReportPipeline.Alerts.Outbox;

/// <summary>
/// Sends every due outbox entry: claim ("sending" with a lease, by ETag), send, then mark sent — or pending with a
/// backoff, or failed after MaxAttempts. An entry whose lease ran out (the process died mid-send) is retried.
/// </summary>
public sealed partial class OutboxDispatcher(OutboxStore store, IMailTransport transport, EmailLinkBuilder links,
    IOptions<AlertsOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    private readonly AlertsOptions _options = options.Value;

    public async Task<DispatchSummary> DispatchAsync(CancellationToken ct)
    {
        var outcomes = new List<OutboxStatus>();
        foreach (var entry in await DueAsync(ct))
        {
            if (await ClaimAsync(entry, ct) is { } claimed)
                outcomes.Add(await SendAsync(claimed, ct));
        }
        var failed = new List<OutboxFailure>();
        await foreach (var entry in store.ListAsync(OutboxStatus.Failed, ct))
            failed.Add(new OutboxFailure(entry.Id, entry.Recipient, entry.Subject, entry.Attempts, entry.LastError));
        return new DispatchSummary(outcomes.Count(o => o == OutboxStatus.Sent),
            outcomes.Count(o => o == OutboxStatus.Pending), failed);
    }

    private async Task<List<OutboxEntry>> DueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = new List<OutboxEntry>();
        await foreach (var entry in store.ListAsync(OutboxStatus.Pending, ct))
            if (entry.NextAttemptAt <= now)
                due.Add(entry);
        await foreach (var entry in store.ListAsync(OutboxStatus.Sending, ct))
            if (entry.LeaseUntil is not { } lease || lease <= now)
                due.Add(entry);
        return due.OrderBy(e => e.CreatedAt).ToList();
    }

    private async Task<OutboxEntry?> ClaimAsync(OutboxEntry entry, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var claim = entry with { Status = OutboxStatus.Sending, Attempts = entry.Attempts + 1, LeaseUntil = now + _options.SendLease };
        if (!await store.TryUpdateAsync(claim, ct))
            return null; // another dispatcher took it
        return await store.GetAsync(entry.Id, ct); // fresh ETag for the final update
    }

    private async Task<OutboxStatus> SendAsync(OutboxEntry entry, CancellationToken ct)
    {
        try
        {
            var (text, html) = await store.GetBodiesAsync(entry, ct);
            await transport.SendAsync(new OutgoingMail(entry.Recipient, entry.Subject, text, html, entry.MessageId,
                links.For(entry.Recipient).Unsubscribe), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return await RecordFailureAsync(entry, e, ct);
        }
        await store.TryUpdateAsync(entry with { Status = OutboxStatus.Sent, SentAt = time.GetUtcNow(), LastError = null }, ct);
        LogSent(entry.Id, entry.Recipient, entry.Attempts);
        return OutboxStatus.Sent;
    }

    private async Task<OutboxStatus> RecordFailureAsync(OutboxEntry entry, Exception error, CancellationToken ct)
    {
        var exhausted = entry.Attempts >= _options.MaxAttempts;
        var backoff = _options.RetryDelay * Math.Pow(2, Math.Min(entry.Attempts - 1, 10));
        var next = entry with
        {
            Status = exhausted ? OutboxStatus.Failed : OutboxStatus.Pending,
            NextAttemptAt = time.GetUtcNow() + backoff,
            LeaseUntil = null,
            LastError = $"{error.GetType().Name}: {error.Message}",
        };
        await store.TryUpdateAsync(next, ct);
        LogFailed(error, entry.Id, entry.Recipient, entry.Attempts, exhausted);
        return next.Status;
    }

    [LoggerMessage(LogLevel.Information, "Sent outbox entry {OutboxId} to {Recipient} (attempt {Attempt})")]
    private partial void LogSent(string outboxId, string recipient, int attempt);

    [LoggerMessage(LogLevel.Warning, "Sending outbox entry {OutboxId} to {Recipient} failed (attempt {Attempt}, final {Final})")]
    private partial void LogFailed(Exception error, string outboxId, string recipient, int attempt, bool final);
}
