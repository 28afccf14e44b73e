using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>
/// Numbered parts: "一、…" (level 1) and "（一）…" (level 2) on their own short line, in sequence; table cells never count.
/// </summary>
internal static partial class SectionReader
{
    private const int MaxHeading = 40;
    private const int MaxInlineHeading = 25;

    public static IReadOnlyList<ReportSection> Read(string text, IReadOnlyList<PlacedBlock> blocks)
    {
        var heads = new List<(string Number, string Heading, int Level, int Start)>();
        int nextTop = 1, nextSub = 1;
        foreach (var b in blocks.Where(b => !b.Block.IsTable))
        {
            var line = b.Block.Text;
            var top = Top().Match(line);
            var number = top.Success ? ChineseNumerals.Parse(top.Groups[1].Value) : 0;
            if (top.Success && (number == nextTop || (number == nextTop + 1 && nextTop > 1 && IsStandardPart(line)))
                && Heading(line, top) is { } h1)
            {
                heads.Add((top.Groups[1].Value, h1, 1, b.Start));
                nextTop = number + 1;
                nextSub = 1;
                continue;
            }
            var sub = Sub().Match(line);
            if (sub.Success && nextTop > 1 && ChineseNumerals.Parse(sub.Groups[1].Value) == nextSub && Heading(line, sub) is { } h2)
            {
                heads.Add(($"（{sub.Groups[1].Value}）", h2, 2, b.Start));
                nextSub++;
            }
        }
        return heads.Select((h, i) =>
        {
            var end = heads.Skip(i + 1).FirstOrDefault(n => n.Level <= h.Level).Start;
            if (end <= h.Start) end = text.Length;
            var body = text[h.Start..end].TrimEnd();
            return new ReportSection(h.Number, h.Heading, h.Level, body, h.Start, h.Start + body.Length);
        }).ToList();
    }

    /// <summary>A part of the standard layout: a skipped number before it is a missing part, not a list item.</summary>
    private static bool IsStandardPart(string line) => line.Length <= 30 && StandardPart().IsMatch(line);

    private static string? Heading(string line, Match m)
    {
        var rest = line[m.Length..].Trim();
        if (rest.Length == 0) return null;
        if (line.Length <= MaxHeading && !line.EndsWith('。') && !line.EndsWith('；')) return rest.TrimEnd('：', ':');
        var stop = rest.IndexOf('。', StringComparison.Ordinal);
        return stop is > 0 and <= MaxInlineHeading ? rest[..stop] : null;
    }

    [GeneratedRegex("情况|事项|改进|问题|措施")]
    private static partial Regex StandardPart();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*")]
    private static partial Regex Top();

    [GeneratedRegex(@"^[（(]([一二三四五六七八九十]{1,3})[）)]\s*")]
    private static partial Regex Sub();
}
