namespace ReportPipeline.Parsing.Analysis;

/// <summary>The report's title: the page's own title, else the first short line naming a 报告/年报 (joined with a line above it).</summary>
internal static class TitleReader
{
    private const int Lookahead = 4;

    public static string? Read(string? hint, IReadOnlyList<PlacedBlock> blocks)
    {
        if (!string.IsNullOrWhiteSpace(hint) && (hint.Contains("报告", StringComparison.Ordinal) || hint.Contains("年报", StringComparison.Ordinal)))
            return hint;
        var paragraphs = blocks.Where(b => !b.Block.IsTable).Take(Lookahead).Select(b => b.Block.Text).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = paragraphs[i];
            if (line.Length > 60 || !(line.Contains("报告", StringComparison.Ordinal) || line.Contains("年报", StringComparison.Ordinal))) continue;
            if (line.StartsWith("本年", StringComparison.Ordinal) || line.StartsWith("本报告", StringComparison.Ordinal)
                || line.StartsWith("根据", StringComparison.Ordinal) || line.StartsWith("依据", StringComparison.Ordinal)) continue;
            if (i > 0 && IsTitleHead(paragraphs[i - 1])) return paragraphs[i - 1] + line;
            return line;
        }
        return string.IsNullOrWhiteSpace(hint) ? null : hint;
    }

    private static bool IsTitleHead(string line) =>
        line.Length <= 30 && !"。，；：:,".Contains(line[^1], StringComparison.Ordinal)
        && !line.StartsWith("发布", StringComparison.Ordinal);
}
