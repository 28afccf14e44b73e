namespace ReportPipeline.Crawling.Discovery;

/// <summary>Facts read from a report's detail page.</summary>
/// <param name="TextChars">Count of CJK characters in the page text (chrome included): tells a report page from a wrapper.</param>
public sealed record DetailPage(
    string? Title,
    DateOnly? PubDate,
    DateOnly? PageDate,
    IReadOnlyList<ListItem> Attachments,
    int TextChars);
