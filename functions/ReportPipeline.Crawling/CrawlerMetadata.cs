namespace ReportPipeline.Crawling;

/// <summary>
/// Raw blob metadata keys the crawler adds beyond Core's RawBlobMetadata (candidates to move there).
/// </summary>
public static class CrawlerMetadata
{
    /// <summary>SHA-256 of the previous version fetched from the same URL: the document was edited after publication.</summary>
    public const string PreviousSha256 = "previoussha256";

    /// <summary>yyyy-MM-dd from the page's own "发布时间:" / "发布日期" line.</summary>
    public const string PageDate = "pagedate";
}
