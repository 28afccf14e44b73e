namespace ReportPipeline.Functions.LocalHost;

/// <summary>How the local host polls (section "LocalHost"); tests shorten the intervals.</summary>
public sealed class LocalHostOptions
{
    /// <summary>Receipts live under this host id (as the Functions host's do).</summary>
    public string HostId { get; set; } = "reportpipeline-local";

    /// <summary>Wait between passes when nothing is visible yet (retries in their visibility timeout).</summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>--once gives up (exit 1) when the queues have not drained by then.</summary>
    public TimeSpan OnceTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
