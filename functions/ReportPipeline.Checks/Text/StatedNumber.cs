using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportPipeline.Checks.Text;

/// <summary>A number with its unit inside a sentence ("约8000人次"), and where it sits.</summary>
public sealed partial record StatedNumber(decimal Value, string Unit, bool Approximate, int Index, int Length, string Text)
{
    /// <summary>Units that count the same kind of thing, so parts and wholes can be compared.</summary>
    public string UnitGroup => Unit switch
    {
        "件" or "起" or "宗" or "个" => "件",
        "人次" or "次" => "次",
        _ => Unit,
    };

    public static IReadOnlyList<StatedNumber> Find(string sentence) =>
        NumberPattern().Matches(sentence).Select(m => new StatedNumber(
            decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture),
            m.Groups["u"].Value,
            m.Groups["pre"].Success || m.Groups["post"].Success,
            m.Index, m.Length, m.Value)).ToArray();

    [GeneratedRegex(@"(?<pre>约|近|大约|超过)?(?<![\d.])(?<n>\d+(?:\.\d+)?)(?<post>余|多)?(?<u>人次|件|起|宗|个|条|次|篇|期|场|项|万元)")]
    private static partial Regex NumberPattern();
}
