namespace ReportPipeline.Crawling.Discovery;

/// <summary>One entry of a column list page: the link, its text, and the date printed beside it.</summary>
public sealed record ListItem(Uri Url, string Title, DateOnly? ListDate);
