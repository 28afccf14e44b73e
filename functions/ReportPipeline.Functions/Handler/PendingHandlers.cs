namespace ReportPipeline.Functions.Handler;

/// <summary>Stands in for a layer's handler until it lands; fails the invocation so nothing pretends to work.</summary>
public static class PendingHandlers
{
    public static Task<string> RunAsync(string handler, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        throw new NotSupportedException($"{handler} is not wired yet");
    }
}
