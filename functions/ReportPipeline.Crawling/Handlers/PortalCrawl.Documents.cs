using ReportPipeline.Crawling.Discovery;
using ReportPipeline.Crawling.Fetching;

namespace ReportPipeline.Crawling.Handlers;

internal sealed partial class PortalCrawl
{
    private async Task FetchDetailAsync(DocumentContext ctx, CancellationToken ct)
    {
        var url = ctx.Item.Url;
        var (fetch, previous) = await FetchConditionalAsync(url, ct).ConfigureAwait(false);
        if (fetch is null) return;
        var html = HtmlText.Decode(fetch.Body, fetch.ContentType, portal.EncodingHint);
        var page = DetailPageParser.Parse(html, fetch.FinalUrl);
        var withPage = ctx with { Page = page };
        // A page that only wraps attachments (little text of its own) is not a report document; its files are.
        if (page.Attachments.Count == 0 || page.TextChars >= options.MinReportTextChars)
            await WriteAsync(fetch, previous, "detail", withPage, ct).ConfigureAwait(false);
        else
            report.Skipped.Add(new SkippedLink(url.ToString(), ctx.Item.Title,
                $"detail page only wraps {page.Attachments.Count} attachment(s); storing those instead"));
        foreach (var attachment in page.Attachments.Where(a => _seen.Add(a.Url)))
        {
            report.Found++;
            var actx = withPage with { Item = ctx.Item with { Url = attachment.Url }, ParentUrl = url };
            await FetchDocumentAsync(attachment.Url, "attachment", actx, ct).ConfigureAwait(false);
        }
    }

    private async Task FetchDocumentAsync(Uri url, string kind, DocumentContext ctx, CancellationToken ct)
    {
        var (fetch, previous) = await FetchConditionalAsync(url, ct).ConfigureAwait(false);
        if (fetch is not null) await WriteAsync(fetch, previous, kind, ctx, ct).ConfigureAwait(false);
    }

    private async Task WriteAsync(FetchResult fetch, State.UrlFetchState? previous, string kind, DocumentContext ctx, CancellationToken ct)
    {
        var before = report.Stored.Count;
        await writer.WriteAsync(portal, fetch, previous, kind, ctx, report, ct).ConfigureAwait(false);
        if (report.Stored.Count > before) Report(CrawlStage.Stored, fetch.RequestedUrl, report.Stored[^1].BlobName);
    }

    /// <summary>The fetch when there are new bytes; null when unchanged (304) or failed (both recorded).</summary>
    private async Task<(FetchResult? Fetch, State.UrlFetchState? Previous)> FetchConditionalAsync(Uri url, CancellationToken ct)
    {
        var previous = await state.GetAsync(portal.Id, url, ct).ConfigureAwait(false);
        var fetch = await fetcher.FetchAsync(new FetchRequest(url, portal.AllowPrivateAddresses, previous?.ETag, previous?.LastModified), ct).ConfigureAwait(false);
        switch (fetch.Outcome)
        {
            case FetchOutcome.NotModified:
                report.Unchanged++;
                Report(CrawlStage.Unchanged, url, "unchanged (304)");
                return (null, previous);
            case FetchOutcome.Ok:
                report.Fetched++;
                Report(CrawlStage.Fetched, url, $"{fetch.Body!.Length} bytes");
                return (fetch, previous);
            default:
                Fail(url, fetch);
                return (null, previous);
        }
    }
}
