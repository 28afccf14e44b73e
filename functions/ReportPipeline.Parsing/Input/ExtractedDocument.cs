using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Input;

/// <summary>What a format reader hands to the analysis: blocks plus what it saw around them.</summary>
internal sealed record ExtractedDocument(IReadOnlyList<DocumentBlock> Blocks)
{
    public string? TitleHint { get; init; }
    public string ChromeText { get; init; } = "";
    public IReadOnlyList<string> HiddenFragments { get; init; } = [];
    public IReadOnlyList<DateSignal> DateSignals { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
