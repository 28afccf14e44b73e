using ReportPipeline.Checks.Rules;

namespace ReportPipeline.Checks.Text;

/// <summary>Finds the narrative's restatements of table figures and compares them, scope-aware.</summary>
public static class TextTableComparer
{
    public static IEnumerable<Restated> Compare(CheckSubject subject)
    {
        foreach (var restatement in Restatements.All)
        {
            var primary = restatement.Readings.FirstOrDefault(r => Sum(subject, r) is not null);
            if (primary is null)
            {
                continue;
            }
            var tableValue = Sum(subject, primary)!.Value;
            var scopeValues = restatement.ScopeReadings.Select(r => Sum(subject, r)).OfType<decimal>().ToArray();
            foreach (var sentence in subject.Sentences.Where(s => Applies(restatement, s.Text)))
            {
                foreach (var match in restatement.Pattern.Matches(sentence.Text).Cast<System.Text.RegularExpressions.Match>())
                {
                    var group = match.Groups["n"];
                    var stated = decimal.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);
                    var approximate = IsApproximate(sentence.Text, group.Index, group.Length);
                    var slack = approximate ? (decimal)subject.Options.ApproximateTolerance * Math.Max(stated, tableValue) : 0;
                    var matches = Math.Abs(stated - tableValue) <= slack || scopeValues.Contains(stated);
                    var scopeOnly = restatement.ScopeSensitive || approximate || HasScopeMarker(sentence.Text);
                    yield return new Restated(restatement, sentence, match.Value, stated, approximate, primary,
                        tableValue, matches, scopeOnly);
                }
            }
        }
    }

    private static bool Applies(Restatement restatement, string sentence) =>
        sentence.Contains(restatement.Context, StringComparison.Ordinal)
        && (restatement.Exclude is null || !sentence.Contains(restatement.Exclude, StringComparison.Ordinal));

    /// <summary>
    /// Words showing the sentence counts another body or another scope than the table: 备案 filings, an office acting
    /// "on behalf of" the government (区政府办代表区政府), area-wide totals, cumulative counts.
    /// </summary>
    private static readonly string[] _scopeMarkers = ["备案", "代表", "本级", "全市", "全区", "全县", "全省", "各部门", "累计", "历年"];

    private static bool HasScopeMarker(string sentence) =>
        _scopeMarkers.Any(m => sentence.Contains(m, StringComparison.Ordinal));

    private static bool IsApproximate(string sentence, int index, int length)
    {
        var before = index > 0 ? sentence[index - 1] : ' ';
        var after = index + length < sentence.Length ? sentence[index + length] : ' ';
        return before is '约' or '近' || after is '余' or '多';
    }

    private static decimal? Sum(CheckSubject subject, IReadOnlyList<string> cells)
    {
        decimal total = 0;
        foreach (var cell in cells)
        {
            if (subject.Value(cell) is not { } value)
            {
                return null;
            }
            total += value;
        }
        return total;
    }
}
