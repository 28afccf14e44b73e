using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Analysis;

/// <summary>A block and where its text sits in the report's plain text.</summary>
internal sealed record PlacedBlock(DocumentBlock Block, int Start, int End)
{
    public static (string Text, IReadOnlyList<PlacedBlock> Blocks) Layout(IReadOnlyList<DocumentBlock> blocks)
    {
        var sb = new System.Text.StringBuilder();
        var placed = new List<PlacedBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (sb.Length > 0) sb.Append('\n');
            var start = sb.Length;
            sb.Append(block.Text);
            placed.Add(new PlacedBlock(block, start, sb.Length));
        }
        return (sb.ToString(), placed);
    }
}
