namespace ReportPipeline.Functions.LocalHost;

/// <summary>What the local host reads from host.json.</summary>
public sealed record HostSettings(QueueSettings Queues, TimeSpan FunctionTimeout, string ExecutablePath,
    IReadOnlyList<string> Arguments, bool ForwardHttp);
