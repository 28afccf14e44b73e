namespace ReportPipeline.Functions.LocalHost;

/// <summary>host.json extensions.queues, with the Functions host's defaults for what is not set.</summary>
public sealed record QueueSettings(
    int BatchSize = 16,
    TimeSpan VisibilityTimeout = default,
    int MaxDequeueCount = 5,
    TimeSpan MaxPollingInterval = default)
{
    public TimeSpan PollingCeiling => MaxPollingInterval == default ? TimeSpan.FromMinutes(1) : MaxPollingInterval;
}
