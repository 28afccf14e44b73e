using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ReportPipeline.Crawling.Fetching;

/// <summary>
/// Polly 8 pipelines, one per host:port so a failing host opens only its own circuit: retry (exponential backoff with
/// jitter, or the server's Retry-After on 429/503) around a circuit breaker. The per-attempt timeout is separate
/// (<see cref="Timeout"/>) so that waiting for the host's politeness turn never counts against it.
/// </summary>
internal sealed class HostPipelines(CrawlerOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpAttempt>> _byHost = new(StringComparer.OrdinalIgnoreCase);

    public ResiliencePipeline Timeout { get; } = new ResiliencePipelineBuilder { TimeProvider = time }
        .AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout })
        .Build();

    public ResiliencePipeline<HttpAttempt> For(string hostKey) => _byHost.GetOrAdd(hostKey, _ => Build());

    private ResiliencePipeline<HttpAttempt> Build()
    {
        var builder = new ResiliencePipelineBuilder<HttpAttempt> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpAttempt>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)
                    && !(args.Outcome.Result?.RetryAfter > options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        }
        return builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpAttempt>
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = options.BreakerDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome) && args.Outcome.Result?.Status != 429),
        }).Build();
    }

    private static bool IsTransient(Outcome<HttpAttempt> outcome) => outcome switch
    {
        { Exception: { } e } => FetchErrors.IsTransient(e),
        { Result: { } r } => r.Status is 408 or 429 or 500 or 502 or 503 or 504,
        _ => false,
    };
}
