using System.Globalization;
using System.Security.Cryptography;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Storage;
using ReportPipeline.Crawling.Classification;
using ReportPipeline.Crawling.Discovery;
using ReportPipeline.Crawling.Fetching;
using ReportPipeline.Crawling.State;

namespace ReportPipeline.Crawling.Handlers;

/// <summary>
/// Writes a fetched report document to the raw container as "{portalId}/{sha256}{ext}" (only if new) with the facts
/// of its fetch as metadata, then records the URL's validators and hash in FetchState. Blob first, state second: a
/// crash in between only costs a re-fetch, never a lost document.
/// </summary>
internal sealed class RawDocumentWriter(IBlobStore blobs, FetchStateStore state, string container)
{
    public async Task WriteAsync(PortalDefinition portal, FetchResult fetch, UrlFetchState? previous, string kind,
        DocumentContext ctx, CrawlReport report, CancellationToken ct)
    {
        var body = fetch.Body!;
        var sha = Convert.ToHexStringLower(SHA256.HashData(body));
        var name = $"{portal.Id}/{sha}{RawExtension.Of(fetch.FinalUrl, fetch.ContentType, body)}";
        var url = fetch.RequestedUrl.ToString();
        if (previous?.Sha256 == sha)
        {
            report.Unchanged++;
        }
        else
        {
            var changedFrom = previous?.Sha256;
            var metadata = Metadata(portal, fetch, ctx, sha, changedFrom);
            var contentType = fetch.ContentType ?? "application/octet-stream";
            var written = await blobs.PutAsync(container, name, body, contentType, metadata,
                BlobCondition.OnlyIfNew, ct).ConfigureAwait(false);
            if (written)
                report.Stored.Add(new StoredDocument(name, url, ctx.Item.Title, ctx.Class.ReportYear,
                    ctx.Class.Agency ?? portal.Agency, ctx.Class.IsRepost, changedFrom));
            else
                report.Unchanged++;
            if (changedFrom is not null) report.Edited.Add(new EditedDocument(url, changedFrom, sha, name));
        }
        await state.SaveAsync(new UrlFetchState(portal.Id, url, kind, fetch.ETag, fetch.LastModified, sha, name,
            fetch.Status, fetch.FetchedAt, previous?.FirstSeenAt ?? fetch.FetchedAt), ct).ConfigureAwait(false);
    }

    private static Dictionary<string, string> Metadata(PortalDefinition portal, FetchResult fetch, DocumentContext ctx,
        string sha, string? previousSha)
    {
        var agency = ctx.Class.Agency ?? portal.Agency;
        var level = portal.ExpectedAgencies.FirstOrDefault(a => a.Name == agency)?.Level ?? portal.Level;
        var m = new Dictionary<string, string>
        {
            [RawBlobMetadata.SourceUrl] = fetch.RequestedUrl.ToString(),
            [RawBlobMetadata.FinalUrl] = fetch.FinalUrl.ToString(),
            [RawBlobMetadata.FetchedAt] = fetch.FetchedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            [RawBlobMetadata.Status] = (fetch.Status ?? 200).ToString(CultureInfo.InvariantCulture),
            [RawBlobMetadata.PortalId] = portal.Id,
            [RawBlobMetadata.Agency] = agency,
            [RawBlobMetadata.AgencyLevel] = level.ToString().ToLowerInvariant(),
            [RawBlobMetadata.LinkTitle] = ctx.Item.Title,
            [RawBlobMetadata.Repost] = ctx.Class.IsRepost ? "true" : "false",
            [RawBlobMetadata.ContentSha256] = sha,
        };
        Add(m, RawBlobMetadata.ETag, fetch.ETag);
        Add(m, RawBlobMetadata.LastModified, fetch.LastModified);
        Add(m, RawBlobMetadata.ContentType, fetch.ContentType);
        Add(m, RawBlobMetadata.Region, portal.Region);
        Add(m, RawBlobMetadata.ReportYear, ctx.Class.ReportYear?.ToString(CultureInfo.InvariantCulture));
        Add(m, RawBlobMetadata.ListPageDate, Iso(ctx.Item.ListDate));
        Add(m, RawBlobMetadata.UrlDate, Iso(DateText.FromUrl((ctx.ParentUrl ?? fetch.RequestedUrl).AbsolutePath)));
        Add(m, RawBlobMetadata.PagePubDate, Iso(ctx.Page?.PubDate));
        Add(m, CrawlerMetadata.PageDate, Iso(ctx.Page?.PageDate));
        Add(m, RawBlobMetadata.ParentUrl, ctx.ParentUrl?.ToString());
        Add(m, CrawlerMetadata.PreviousSha256, previousSha);
        return m;
    }

    private static void Add(Dictionary<string, string> m, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value)) m[key] = value;
    }

    private static string? Iso(DateOnly? d) => d is { } v ? DateText.Iso(v) : null;
}
