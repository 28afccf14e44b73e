using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Parsing.Input;

/// <summary>Full-width digits and signs to ASCII, odd spaces to plain ones, conversion residue removed.</summary>
internal static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '０' and <= '９': sb.Append((char)('0' + (c - '０'))); break;
                case '．' or '﹒': sb.Append('.'); break;
                case '％': sb.Append('%'); break;
                case '／': sb.Append('/'); break;
                case '\u3000' or '\u00A0' or '\t': sb.Append(' '); break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\r': break;
                default: sb.Append(c); break;
            }
        }
        return Residue().Replace(sb.ToString(), "");
    }

    /// <summary>Collapses whitespace; drops it between CJK characters and between digits (labels and numbers split across lines or spans).</summary>
    public static string Collapse(string text)
    {
        var t = Spaces().Replace(Normalize(text), " ").Trim();
        return InnerGap().Replace(t, "");
    }

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef';

    [GeneratedRegex(@"\[bookmark:[^\]]*\]|\[\s*_GoBack\s*\]|\{\s*PAGE\s*\}")]
    private static partial Regex Residue();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\d.])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\d])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\d(（])")]
    private static partial Regex InnerGap();
}
