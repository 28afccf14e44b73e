namespace ReportPipeline.Core.Storage;

/// <summary>A received message. <see cref="Text"/> is decoded (the wire form is base64, as the Functions host expects).</summary>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string Text,
    long DequeueCount,
    DateTimeOffset InsertedOn,
    DateTimeOffset? NextVisibleOn);
