using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>The request bodies the Functions host sends a custom handler, per trigger type (see docs/architecture.md).</summary>
public static class InvocationPayloads
{
    public static object Timer(FunctionDefinition function, DateTimeOffset now, DateTimeOffset? last, DateTimeOffset next) =>
        Payload(
            new Dictionary<string, object?>
            {
                [function.BindingName] = new Dictionary<string, object?>
                {
                    ["Schedule"] = new Dictionary<string, object?> { ["AdjustForDST"] = true },
                    ["ScheduleStatus"] = new Dictionary<string, object?>
                    {
                        ["Last"] = last ?? DateTimeOffset.MinValue,
                        ["Next"] = next,
                        ["LastUpdated"] = now,
                    },
                    ["IsPastDue"] = false,
                },
            },
            Sys(function.Name, now));

    public static object Queue(FunctionDefinition function, QueueMessage message, DateTimeOffset now,
        TimeSpan visibility) =>
        Payload(
            new Dictionary<string, object?> { [function.BindingName] = message.Text },
            new Dictionary<string, object?>
            {
                ["DequeueCount"] = message.DequeueCount,
                ["ExpirationTime"] = message.InsertedOn.AddDays(7),
                ["Id"] = message.MessageId,
                ["InsertionTime"] = message.InsertedOn,
                ["NextVisibleTime"] = message.NextVisibleOn ?? now + visibility,
                ["PopReceipt"] = message.PopReceipt,
                ["sys"] = Sys(function.Name, now),
            });

    public static object Blob(FunctionDefinition function, string container, BlobItem blob, Uri blobUri,
        DateTimeOffset now) =>
        Payload(
            // The content itself is not sent: the handler reads the blob (and its metadata) by name.
            new Dictionary<string, object?> { [function.BindingName] = null },
            new Dictionary<string, object?>
            {
                ["BlobTrigger"] = $"{container}/{blob.Name}",
                ["Uri"] = blobUri,
                ["name"] = blob.Name,
                ["Properties"] = new Dictionary<string, object?>
                {
                    ["Length"] = blob.Length,
                    ["ContentType"] = blob.ContentType,
                    ["ETag"] = blob.ETag,
                    ["LastModified"] = blob.LastModified,
                },
                ["Metadata"] = blob.Metadata,
                ["sys"] = Sys(function.Name, now),
            });

    private static Dictionary<string, object?> Payload(Dictionary<string, object?> data,
        Dictionary<string, object?> metadata) =>
        new() { ["Data"] = data, ["Metadata"] = metadata };

    private static Dictionary<string, object?> Sys(string functionName, DateTimeOffset now) => new()
    {
        ["MethodName"] = functionName,
        ["UtcNow"] = now,
        ["RandGuid"] = Guid.NewGuid(),
    };
}
