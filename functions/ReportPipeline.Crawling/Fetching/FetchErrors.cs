using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ReportPipeline.Crawling.Fetching;

/// <summary>Maps exceptions from a fetch to retry decisions and to the outcome and reason reported.</summary>
internal static class FetchErrors
{
    public static bool IsTransient(Exception e) => e switch
    {
        _ when Find<AddressRefusedException>(e) is not null => false,
        DocumentTooLargeException or BrokenCircuitException => false,
        TimeoutRejectedException or HttpRequestException or IOException => true,
        _ => false,
    };

    public static (FetchOutcome Outcome, string Reason) Describe(Exception e, TimeSpan timeout) => e switch
    {
        _ when Find<AddressRefusedException>(e) is { } refused => (FetchOutcome.Refused, refused.Reason),
        DocumentTooLargeException big => (FetchOutcome.TooLarge, big.Message),
        BrokenCircuitException => (FetchOutcome.Failed, "circuit open for this host (too many recent failures)"),
        TimeoutRejectedException => (FetchOutcome.Failed, $"timed out (no complete response within {timeout.TotalSeconds:0.###} s)"),
        HttpRequestException http => (FetchOutcome.Failed, $"network error: {http.Message}"),
        _ => (FetchOutcome.Failed, $"{e.GetType().Name}: {e.Message}"),
    };

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T t) return t;
        return null;
    }
}
