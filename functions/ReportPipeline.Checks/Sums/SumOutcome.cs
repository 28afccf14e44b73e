namespace ReportPipeline.Checks.Sums;

/// <summary>The result of evaluating one identity, with both sides and what was missing.</summary>
/// <param name="Printed">Cell id → printed text, for every cell of the identity that exists.</param>
/// <param name="Arithmetic">E.g. "0 + 9540 + 0 + 360 + 410 = 10310 &lt; 13100".</param>
public sealed record SumOutcome(
    SumIdentity Identity,
    SumStatus Status,
    decimal? LeftSum,
    decimal? RightSum,
    IReadOnlyList<string> MissingCells,
    bool Approximate,
    IReadOnlyDictionary<string, string> Printed,
    string Arithmetic);
