namespace ReportPipeline.Core.Portals;

/// <summary>
/// XPath selectors for a configurable link list: <see cref="Item"/> selects each entry, <see cref="Link"/> (relative to
/// the item) its anchor, <see cref="Date"/> (relative to the item) the node holding the list-page date.
/// <see cref="NextPage"/> optionally selects the "next page" anchor.
/// </summary>
public sealed record ListSelectors
{
    public string Item { get; init; } = "//li[.//a[@href]]";
    public string Link { get; init; } = ".//a[@href]";
    public string? Date { get; init; }
    public string? NextPage { get; init; }
}
