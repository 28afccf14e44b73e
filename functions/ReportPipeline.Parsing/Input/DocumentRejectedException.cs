namespace ReportPipeline.Parsing.Input;

/// <summary>The document cannot be parsed; the message is the one-line reason reported to the caller.</summary>
internal sealed class DocumentRejectedException(string reason) : Exception(reason);
