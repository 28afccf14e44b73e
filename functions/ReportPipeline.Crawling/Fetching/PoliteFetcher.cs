using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReportPipeline.Crawling.Fetching;

/// <summary>
/// Fetches one URL the way a guest should: robots.txt first, one request at a time per host:port with a pause between
/// requests, a Polly pipeline per host, redirects followed by hand with every hop re-checked, bodies capped while
/// streaming. Thread-safe; share one instance (its handlers pool connections).
/// </summary>
public sealed partial class PoliteFetcher : IDisposable
{
    private readonly CrawlerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PoliteFetcher> _logger;
    private readonly HttpClient _strict;
    private readonly HttpClient _permissive;
    private readonly HostPipelines _pipelines;
    private readonly RobotsCache _robots;
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(IOptions<CrawlerOptions> options, TimeProvider time, ILogger<PoliteFetcher> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _strict = Client(allowPrivate: false);
        _permissive = Client(allowPrivate: true);
        _pipelines = new HostPipelines(_options, time);
        _robots = new RobotsCache(time, TimeSpan.FromHours(1));
    }

    public const string RobotsToken = "ReportPipeline";

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct = default)
    {
        var url = request.Url;
        var attempts = 0;
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            if (HopRefusal(url, request.AllowPrivateAddresses) is { } refusal)
                return Fail(request, url, FetchOutcome.Refused, refusal, attempts);
            try
            {
                var rules = await _robots.GetAsync(url, request.AllowPrivateAddresses, RobotsToken, SendAsync, ct).ConfigureAwait(false);
                if (!rules.IsAllowed(url))
                    return Fail(request, url, FetchOutcome.RobotsDisallowed, $"robots.txt disallows {url.PathAndQuery}", attempts);
                var (attempt, count) = await AttemptAsync(request, url, rules.CrawlDelay, ct).ConfigureAwait(false);
                attempts += count;
                if (!attempt.IsRedirect) return Complete(request, url, attempt, attempts);
                LogRedirect(url, attempt.Location!, attempt.Status);
                url = attempt.Location!;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                var (outcome, reason) = FetchErrors.Describe(e, _options.Timeout);
                LogFailure(url, reason);
                return Fail(request, url, outcome, reason, Math.Max(attempts, 1));
            }
        }
        return Fail(request, url, FetchOutcome.Failed, $"more than {_options.MaxRedirects} redirects", attempts);
    }

    /// <summary>Fetches without consulting robots.txt (used for robots.txt itself).</summary>
    private async Task<FetchResult> SendAsync(FetchRequest request, CancellationToken ct)
    {
        try
        {
            var (attempt, count) = await AttemptAsync(request, request.Url, null, ct).ConfigureAwait(false);
            return Complete(request, request.Url, attempt, count);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var (outcome, reason) = FetchErrors.Describe(e, _options.Timeout);
            return Fail(request, request.Url, outcome, reason, 1);
        }
    }

    private async Task<(HttpAttempt Attempt, int Count)> AttemptAsync(FetchRequest request, Uri url, TimeSpan? crawlDelay, CancellationToken ct)
    {
        var hostKey = url.Authority;
        var gate = _gates.GetOrAdd(hostKey, _ => new HostGate(_time));
        var pause = Max(_options.MinDelayPerHost, Min(crawlDelay ?? TimeSpan.Zero, _options.MaxCrawlDelay));
        var client = request.AllowPrivateAddresses ? _permissive : _strict;
        var count = 0;
        var attempt = await _pipelines.For(hostKey).ExecuteAsync(async token =>
        {
            Interlocked.Increment(ref count);
            return await gate.RunAsync(pause, gated => _pipelines.Timeout.ExecuteAsync(
                async t => await HttpAttempt.SendAsync(client, request, url, _options.UserAgent, _options.MaxDocumentBytes,
                    _time.GetUtcNow(), t).ConfigureAwait(false), gated).AsTask(), token).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
        return (attempt, count);
    }

    private FetchResult Complete(FetchRequest request, Uri finalUrl, HttpAttempt a, int attempts)
    {
        var outcome = a.Status switch
        {
            >= 200 and < 300 => FetchOutcome.Ok,
            304 => FetchOutcome.NotModified,
            _ => FetchOutcome.Failed,
        };
        var reason = outcome == FetchOutcome.Failed ? $"HTTP {a.Status} after {attempts} attempt(s)" : null;
        return new FetchResult(outcome, request.Url, finalUrl, _time.GetUtcNow(), a.Status,
            outcome == FetchOutcome.Ok ? a.Body : null, a.ContentType, a.ETag, a.LastModified, reason, attempts);
    }

    private FetchResult Fail(FetchRequest request, Uri url, FetchOutcome outcome, string reason, int attempts) =>
        new(outcome, request.Url, url, _time.GetUtcNow(), Reason: reason, Attempts: attempts);

    private static string? HopRefusal(Uri url, bool allowPrivate)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) return $"scheme {url.Scheme} refused";
        return IPAddress.TryParse(url.DnsSafeHost, out var ip) ? AddressGuard.RefusalReason(ip, allowPrivate) : null;
    }

    private HttpClient Client(bool allowPrivate) =>
        new(GuardedHandlerFactory.Create(allowPrivate, _options.Timeout)) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public void Dispose()
    {
        _strict.Dispose();
        _permissive.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redirect {Status} from {Url} to {Location}")]
    private partial void LogRedirect(Uri url, Uri location, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch of {Url} failed: {Reason}")]
    private partial void LogFailure(Uri url, string reason);
}
