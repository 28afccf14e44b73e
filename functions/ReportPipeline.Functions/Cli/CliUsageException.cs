namespace ReportPipeline.Functions.Cli;

/// <summary>The command line is wrong: print the message and the usage, exit 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
