namespace ReportPipeline.Functions.Cli;

/// <summary>An input document cannot be used (missing, empty, refused, not fetched): one line on stderr, exit 2.</summary>
public sealed class CliInputException(string message) : Exception(message);
