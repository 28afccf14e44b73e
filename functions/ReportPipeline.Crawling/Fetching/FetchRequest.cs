namespace ReportPipeline.Crawling.Fetching;

/// <summary>One URL to fetch, with the validators of the previous fetch for a conditional GET.</summary>
public sealed record FetchRequest(Uri Url, bool AllowPrivateAddresses, string? ETag = null, string? LastModified = null)
{
    public bool IsConditional => ETag is not null || LastModified is not null;
}
