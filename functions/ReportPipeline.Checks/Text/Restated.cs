namespace ReportPipeline.Checks.Text;

/// <summary>One narrative figure compared with the table: what the text says, what the table says, and the verdict.</summary>
public sealed record Restated(
    Restatement Restatement,
    Sentence Sentence,
    string StatedText,
    decimal Stated,
    bool Approximate,
    IReadOnlyList<string> TableCells,
    decimal TableValue,
    bool Matches,
    bool ScopeOnly);
