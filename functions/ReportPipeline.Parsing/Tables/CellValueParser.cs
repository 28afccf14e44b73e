using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Tables;

/// <summary>Cell text to a value: blank and "/" are missing (null), never 0; 约/余/多 mark approximations.</summary>
internal static partial class CellValueParser
{
    private static readonly HashSet<string> MissingMarkers = ["", "/", "\\", "-", "--", "—", "——", "－", "无", "\u2014"];
    private static readonly HashSet<string> Units = ["万元", "元", "人次", "个", "件", "条", "次", "人", "项", "场", "篇", "单位", "%"];

    public static CellValue Parse(string raw)
    {
        var text = TextNormalizer.Collapse(raw);
        var compact = Compact(text);
        if (MissingMarkers.Contains(compact)) return new CellValue(text, null);
        var m = Number().Match(compact);
        if (!m.Success) return new CellValue(text, null);
        var value = decimal.Parse(m.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return new CellValue(text, value, m.Groups["pre"].Success || m.Groups["post"].Success);
    }

    /// <summary>A number or a missing marker: what fills the value columns of a table.</summary>
    public static bool IsValueLike(string raw)
    {
        var compact = Compact(TextNormalizer.Collapse(raw));
        return MissingMarkers.Contains(compact) || Number().IsMatch(compact);
    }

    public static bool IsNumber(string raw) => Number().IsMatch(Compact(TextNormalizer.Collapse(raw)));

    public static bool IsUnit(string raw) => Units.Contains(Compact(TextNormalizer.Collapse(raw)));

    private static string Compact(string text) => text.Replace(" ", "", StringComparison.Ordinal)
        .Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<pre>约|近)?(?<n>-?\d+(?:\.\d+)?)(?<post>余|多)?(?:万元|元|件|条|个|人次|次|人|项|%)?$")]
    private static partial Regex Number();
}
