namespace ReportPipeline.Functions.LocalHost;

/// <summary>One function as its function.json declares it (only what the local host needs to trigger it).</summary>
/// <param name="Name">The folder name: also the handler path.</param>
/// <param name="BindingName">The trigger binding's name: the key of the invocation's Data.</param>
/// <param name="Schedule">Timer: the NCRONTAB expression (six fields, seconds first).</param>
/// <param name="QueueName">Queue: the queue polled.</param>
/// <param name="BlobPath">Blob: "container/{name}".</param>
/// <param name="Route">HTTP: the route under /api.</param>
public sealed record FunctionDefinition(
    string Name,
    TriggerKind Trigger,
    string BindingName,
    string? Schedule = null,
    string? QueueName = null,
    string? BlobPath = null,
    string? Route = null,
    string? Connection = null)
{
    /// <summary>The container of a blob trigger's path.</summary>
    public string? BlobContainer => BlobPath?.Split('/', 2)[0];
}
