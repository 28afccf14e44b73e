namespace ReportPipeline.Parsing.Storage;

/// <summary>Result of re-parsing every raw blob: parsed, recorded as parse failures, or not processed because of an error.</summary>
public sealed record ReparseSummary(int Parsed, int ParseFailures, int Errors);
