namespace ReportPipeline.Crawling.Fetching;

/// <summary>The response announced or streamed more bytes than the cap allows; nothing beyond the cap was read.</summary>
public sealed class DocumentTooLargeException(long limit) : Exception($"document larger than the {limit}-byte cap")
{
    public long Limit { get; } = limit;
}
