using System.Text.Json;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.Handler;

/// <summary>Binding helpers: turn trigger data into the typed inputs of the handlers, or say precisely why not.</summary>
public static class Bind
{
    public static T QueueMessage<T>(InvocationRequest invocation) where T : class
    {
        var text = invocation.DataText(FunctionNames.QueueBinding)
            ?? throw new InvalidInvocationException($"Data.{FunctionNames.QueueBinding} is missing");
        try
        {
            return PipelineJson.Deserialize<T>(text);
        }
        catch (JsonException ex)
        {
            throw new InvalidInvocationException($"the queue message is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The blob's name inside the raw container, from the {name} binding expression (Metadata.name) or the
    /// full trigger path (Metadata.BlobTrigger, "raw/…").
    /// </summary>
    public static string RawBlobName(InvocationRequest invocation)
    {
        var name = invocation.MetadataText("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            var path = invocation.MetadataText("BlobTrigger") ?? "";
            var prefix = StorageNames.RawContainer + "/";
            name = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : null;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidInvocationException("neither Metadata.name nor Metadata.BlobTrigger names a raw blob");
        }

        return name;
    }

    public static void Require(bool condition, string reason)
    {
        if (!condition)
        {
            throw new InvalidInvocationException(reason);
        }
    }
}
