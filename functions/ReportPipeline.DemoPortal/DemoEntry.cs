namespace ReportPipeline.DemoPortal;

/// <summary>One entry of the demo column: list title, date, TRS-style detail path, and the seed it serves (if any).</summary>
public sealed record DemoEntry(string Title, DateOnly Published, int Number, DemoEntryKind Kind, string? Seed)
{
    /// <summary>/xxgk/xxgknb/202201/t20220125_105.htm</summary>
    public string Path => $"{DemoSite.ColumnPath}{Published:yyyyMM}/t{Published:yyyyMMdd}_{Number}.htm";

    public string AttachmentPath => $"{DemoSite.ColumnPath}{Published:yyyyMM}/P0{Published:yyyyMMdd}{Number}000001.docx";
}
