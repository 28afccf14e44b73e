namespace ReportPipeline.Functions.Handler;

/// <summary>The invocation cannot be bound (malformed message, missing metadata): a reason for the poison queue.</summary>
public sealed class InvalidInvocationException(string message, Exception? inner = null) : Exception(message, inner);
