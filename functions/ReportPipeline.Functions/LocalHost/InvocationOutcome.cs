namespace ReportPipeline.Functions.LocalHost;

/// <summary>What the handler answered: success is any 2xx; the log lines explain failures.</summary>
public sealed record InvocationOutcome(int StatusCode, IReadOnlyList<string> Logs)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    public string Reason => Logs.Count > 0 ? string.Join(" | ", Logs) : $"HTTP {StatusCode}";

    /// <summary>The first line of the log, for one-line progress output.</summary>
    public string FirstLine => Reason.Split('\n', 2)[0];
}
