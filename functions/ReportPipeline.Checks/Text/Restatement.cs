using System.Text.RegularExpressions;

namespace ReportPipeline.Checks.Text;

/// <summary>
/// How the narrative restates a table figure: sentences that contain <see cref="Context"/> (and not
/// <see cref="Exclude"/>), the number captured as group "n", and the table readings it may equal.
/// </summary>
/// <param name="Readings">Each reading is a sum of cell ids; the first present one is the same-label reading.</param>
/// <param name="ScopeReadings">Readings of a wider or narrower scope that also count as a match (收到 = 新收 + 上年结转).</param>
/// <param name="ScopeSensitive">When true a mismatch is only a scope warning (the wording does not pin the scope).</param>
public sealed record Restatement(
    string Id,
    string Label,
    string Context,
    string? Exclude,
    Regex Pattern,
    IReadOnlyList<IReadOnlyList<string>> Readings,
    IReadOnlyList<IReadOnlyList<string>> ScopeReadings,
    bool ScopeSensitive = false);
