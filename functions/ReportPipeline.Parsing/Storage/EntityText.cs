namespace ReportPipeline.Parsing.Storage;

/// <summary>Keeps strings inside Table Storage's 64 KiB property limit (UTF-16, so 32 K characters).</summary>
internal static class EntityText
{
    public const int MaxProperty = 30_000;
    public const int Preview = 4_000;

    public static string? Cap(string? text, int max = MaxProperty) =>
        text is null || text.Length <= max ? text : text[..max];
}
