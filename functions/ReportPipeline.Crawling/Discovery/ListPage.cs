namespace ReportPipeline.Crawling.Discovery;

/// <summary>What one list page yielded: its entries, and the next list page to read, if any.</summary>
public sealed record ListPage(IReadOnlyList<ListItem> Items, Uri? NextPage);
