namespace ReportPipeline.Parsing.Input;

/// <summary>One piece of a document in reading order: a paragraph of text or a table grid.</summary>
internal sealed record DocumentBlock(string Text, IReadOnlyList<IReadOnlyList<string>>? Grid = null)
{
    public bool IsTable => Grid is not null;

    public static DocumentBlock Paragraph(string text) => new(text);

    public static DocumentBlock Table(IReadOnlyList<IReadOnlyList<string>> grid) =>
        new(string.Join('\n', grid.Select(row => string.Join(" | ", row))), grid);
}
