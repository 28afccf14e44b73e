using ReportPipeline.Core.Portals;
using ReportPipeline.Crawling.Classification;
using ReportPipeline.Crawling.Discovery;
using ReportPipeline.Crawling.Fetching;
using ReportPipeline.Crawling.State;

namespace ReportPipeline.Crawling.Handlers;

/// <summary>One crawl of one portal: walks its list pages, classifies entries, fetches and stores report documents.</summary>
internal sealed partial class PortalCrawl(
    PortalDefinition portal,
    CrawlReport report,
    PoliteFetcher fetcher,
    FetchStateStore state,
    RawDocumentWriter writer,
    CrawlerOptions options,
    IProgress<CrawlProgress>? progress)
{
    private readonly HashSet<Uri> _seen = [];
    private int _listPagesRead;

    public async Task RunAsync(string? resumeFrom, CancellationToken ct)
    {
        var parser = ParserFor(portal);
        foreach (var list in portal.ListPages)
            await WalkListAsync(parser, new Uri(list), resumeFrom, ct).ConfigureAwait(false);
        if (_listPagesRead == 0)
        {
            report.PortalFailed = true;
            report.FailureReason ??= "no list page could be read";
        }
    }

    private async Task WalkListAsync(IListPageParser parser, Uri first, string? resumeFrom, CancellationToken ct)
    {
        var max = portal.MaxPages ?? options.MaxPagesPerList;
        var start = ResumeIndex(first, resumeFrom, max);
        var page = start == 0 ? first : NextByPattern(first, start - 1);
        for (var index = start; page is not null && index < max; index++)
            page = await ReadListPageAsync(parser, first, page, index, ct).ConfigureAwait(false);
    }

    /// <summary>The page index to resume at when <paramref name="resumeFrom"/> is one of this list's page URLs, else 0.</summary>
    private int ResumeIndex(Uri first, string? resumeFrom, int max)
    {
        if (resumeFrom is null) return 0;
        for (var i = 1; i < max; i++)
            if (NextByPattern(first, i - 1)?.ToString() == resumeFrom) return i;
        return 0;
    }

    private async Task<Uri?> ReadListPageAsync(IListPageParser parser, Uri first, Uri page, int index, CancellationToken ct)
    {
        var previous = await state.GetAsync(portal.Id, page, ct).ConfigureAwait(false);
        var fetch = await fetcher.FetchAsync(new FetchRequest(page, portal.AllowPrivateAddresses, previous?.ETag, previous?.LastModified), ct).ConfigureAwait(false);
        if (fetch.Outcome == FetchOutcome.NotModified)
        {
            _listPagesRead++;
            report.ListPagesUnchanged++;
            Report(CrawlStage.Unchanged, page, "list page unchanged (304): no new entries");
            // An unchanged page means the column has not moved; later pages are as they were.
            return null;
        }
        if (!fetch.IsOk)
        {
            if (index > 0 && fetch.Status is 404 or 410) return null;
            Fail(page, fetch);
            report.FailureReason ??= $"list page {page}: {fetch.Reason}";
            return null;
        }
        _listPagesRead++;
        report.ListPagesFetched++;
        Report(CrawlStage.ListPage, page, $"list page {index + 1}");
        var html = HtmlText.Decode(fetch.Body, fetch.ContentType, portal.EncodingHint);
        var parsed = parser.Parse(html, fetch.FinalUrl, first, index, portal);
        foreach (var item in parsed.Items.Where(i => _seen.Add(i.Url)))
            await ProcessItemAsync(item, ct).ConfigureAwait(false);
        await state.SaveAsync(new UrlFetchState(portal.Id, page.ToString(), "list", fetch.ETag, fetch.LastModified, null, null,
            fetch.Status, fetch.FetchedAt, previous?.FirstSeenAt ?? fetch.FetchedAt), ct).ConfigureAwait(false);
        return parsed.NextPage;
    }

    private async Task ProcessItemAsync(ListItem item, CancellationToken ct)
    {
        var verdict = LinkClassifier.Classify(item.Title, portal);
        if (!verdict.IsReport)
        {
            report.Skipped.Add(new SkippedLink(item.Url.ToString(), item.Title, verdict.Reason));
            Report(CrawlStage.Skipped, item.Url, $"{item.Title}: {verdict.Reason}");
            return;
        }
        report.Found++;
        var ctx = new DocumentContext(item, verdict);
        if (Links.IsAttachment(item.Url)) await FetchDocumentAsync(item.Url, "attachment", ctx, ct).ConfigureAwait(false);
        else await FetchDetailAsync(ctx, ct).ConfigureAwait(false);
    }

    private void Report(CrawlStage stage, Uri url, string message) =>
        progress?.Report(new CrawlProgress(portal.Id, stage, url.ToString(), message));

    private void Fail(Uri url, FetchResult fetch)
    {
        report.Failed.Add(new FailedFetch(url.ToString(), fetch.Outcome.ToString(), fetch.Reason ?? "failed"));
        Report(CrawlStage.Failed, url, $"{fetch.Outcome}: {fetch.Reason}");
    }

    private Uri? NextByPattern(Uri first, int index) => portal.Family switch
    {
        "trs" => TrsListParser.PageUrl(first, index + 1),
        "hanweb" => HanwebListParser.PageUrl(first, index + 1),
        _ => null,
    };

    private static IListPageParser ParserFor(PortalDefinition p) => p.Family switch
    {
        "trs" when p.Selectors is null => new TrsListParser(),
        "hanweb" when p.Selectors is null => new HanwebListParser(),
        _ => new GenericListParser(),
    };
}
