namespace ReportPipeline.Core.Storage;

/// <summary>
/// Metadata keys on raw blobs: the facts of the fetch, kept as evidence beside the bytes.
/// Blob names in the raw container: "{portalId}/{sha256-hex}{extension}".
/// </summary>
public static class RawBlobMetadata
{
    public const string SourceUrl = "sourceurl";
    public const string FinalUrl = "finalurl";
    public const string FetchedAt = "fetchedat";          // ISO 8601 UTC
    public const string Status = "status";                // HTTP status code
    public const string ETag = "etag";
    public const string LastModified = "lastmodified";    // HTTP date as received
    public const string ContentType = "contenttype";      // including charset when the server sent one
    public const string ListPageDate = "listpagedate";    // yyyy-MM-dd
    public const string UrlDate = "urldate";              // yyyy-MM-dd
    public const string PagePubDate = "pagepubdate";      // yyyy-MM-dd (PubDate meta)
    public const string LinkTitle = "linktitle";          // the list page's link text
    public const string PortalId = "portalid";
    public const string Agency = "agency";
    public const string AgencyLevel = "agencylevel";      // government | department | other
    public const string Region = "region";
    public const string ReportYear = "reportyear";        // as classified from the link, when known
    public const string Repost = "repost";                // "true" when a repost of a superior body's report
    public const string ParentUrl = "parenturl";          // detail page an attachment was linked from
    public const string ContentSha256 = "sha256";
}
