namespace ReportPipeline.Core.Model;

/// <summary>A numbered part of the report ("一、总体情况").</summary>
/// <param name="Number">The numbering as printed: "一", "（二）", "3".</param>
/// <param name="Level">1 for top-level parts, 2 for their sub-parts.</param>
/// <param name="Start">Offset of the heading in the report's plain text.</param>
/// <param name="End">Offset just past the section's text.</param>
public sealed record ReportSection(string Number, string Heading, int Level, string Text, int Start, int End);
