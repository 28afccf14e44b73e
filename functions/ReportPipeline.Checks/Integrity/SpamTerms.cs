using System.Text.RegularExpressions;

namespace ReportPipeline.Checks.Integrity;

/// <summary>
/// Words that never belong in a government report but are typical of injected gambling and advertising spam.
/// Kept narrow on purpose: 彩票 or 澳门 alone are legitimate topics of real reports.
/// </summary>
public static partial class SpamTerms
{
    public static IReadOnlyList<string> Words { get; } =
    [
        "在线投注", "投注网", "体育投注", "博彩", "百家乐", "娱乐城", "真人娱乐", "真人视讯", "时时彩", "六合彩",
        "老虎机", "棋牌游戏", "彩金", "开户送", "葡京娱乐", "威尼斯人娱乐", "太阳城娱乐", "皇冠体育", "代孕",
    ];

    /// <summary>Bookmaker brands written in Latin letters and digits (bt365, bet365, 188bet, 12bet).</summary>
    [GeneratedRegex(@"(?i)(?<![a-z0-9])(?:bt|bet|bwin)\d{2,4}|\d{2,4}bet(?![a-z])")]
    public static partial Regex Brands();

    public static IEnumerable<string> FindIn(string text)
    {
        foreach (var word in Words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                yield return word;
            }
        }
        foreach (Match match in Brands().Matches(text))
        {
            yield return match.Value;
        }
    }
}
