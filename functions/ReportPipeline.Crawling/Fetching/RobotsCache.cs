using System.Collections.Concurrent;
using System.Text;

namespace ReportPipeline.Crawling.Fetching;

/// <summary>
/// robots.txt per scheme://host:port, fetched once per cache lifetime. 4xx means no rules (allow all); 5xx or a
/// network failure means disallow all for now (RFC 9309 §2.3.1.4), so an unreachable server is not crawled blind.
/// </summary>
internal sealed class RobotsCache(TimeProvider time, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Task<RobotsRules> Rules)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public Task<RobotsRules> GetAsync(Uri url, bool allowPrivate, string token,
        Func<FetchRequest, CancellationToken, Task<FetchResult>> fetchRaw, CancellationToken ct)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        var entry = _cache.AddOrUpdate(key,
            _ => (now, LoadAsync(key, allowPrivate, token, fetchRaw, ct)),
            (_, old) => now - old.At < lifetime && !old.Rules.IsFaulted && !old.Rules.IsCanceled
                ? old
                : (now, LoadAsync(key, allowPrivate, token, fetchRaw, ct)));
        return entry.Rules;
    }

    private static async Task<RobotsRules> LoadAsync(string origin, bool allowPrivate, string token,
        Func<FetchRequest, CancellationToken, Task<FetchResult>> fetchRaw, CancellationToken ct)
    {
        var result = await fetchRaw(new FetchRequest(new Uri(origin + "/robots.txt"), allowPrivate), ct).ConfigureAwait(false);
        if (result.Outcome == FetchOutcome.Refused) throw new AddressRefusedException(result.Reason ?? "address refused");
        if (result.IsOk) return RobotsRules.Parse(Encoding.UTF8.GetString(result.Body!), token);
        return result.Status is >= 400 and < 500 ? RobotsRules.AllowAll : RobotsRules.DisallowAll;
    }
}
