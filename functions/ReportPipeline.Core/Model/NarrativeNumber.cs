namespace ReportPipeline.Core.Model;

/// <summary>A number stated in the report's text, with the sentence that states it.</summary>
/// <param name="Label">The words that name it ("受理政府信息公开申请").</param>
/// <param name="Unit">件, 条, 人次, 次, 万元, % …</param>
/// <param name="Approximate">Written with 约/余/多/近.</param>
/// <param name="Offset">Offset of the number in the report's plain text.</param>
/// <param name="MetricId">A <see cref="Canonical.MetricIds"/> id when the parser recognised what it restates.</param>
public sealed record NarrativeNumber(
    decimal Value,
    string Unit,
    string Label,
    string Sentence,
    int Offset,
    bool Approximate = false,
    string? MetricId = null);
