namespace ReportPipeline.Core.Findings;

/// <summary>What a finding rests on, so an officer can verify it without opening the report.</summary>
/// <param name="Cells">Canonical cell id → printed value, for the cells involved.</param>
/// <param name="Sentences">Quoted sentences from the report.</param>
/// <param name="Arithmetic">The computation, e.g. "0 + 9540 + 0 + 360 + 410 = 10310 < 13100".</param>
/// <param name="SourceUrl">Where the report was published.</param>
public sealed record Evidence(
    IReadOnlyDictionary<string, string>? Cells = null,
    IReadOnlyList<string>? Sentences = null,
    string? Arithmetic = null,
    string? SourceUrl = null,
    IReadOnlyDictionary<string, string>? Facts = null);
