using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Crawling.State;

/// <summary>
/// The FetchState table. URL rows: PartitionKey = portal id, RowKey = "u-" + SHA-256 of the URL (URLs hold characters
/// keys may not). Health rows: PartitionKey "_health", RowKey = portal id.
/// </summary>
public sealed class FetchStateStore(ITableStore tables, IOptions<CrawlerOptions> options)
{
    public const string HealthPartition = "_health";
    private readonly string _table = options.Value.FetchStateTable;

    public Task EnsureAsync(CancellationToken ct) => tables.CreateIfNotExistsAsync(_table, ct);

    public async Task<UrlFetchState?> GetAsync(string portalId, Uri url, CancellationToken ct)
    {
        var e = await tables.GetAsync(_table, portalId, RowKeyOf(url), ct).ConfigureAwait(false);
        if (e is null) return null;
        return new UrlFetchState(portalId, e.GetString("Url") ?? url.ToString(), e.GetString("Kind") ?? "",
            e.GetString("HttpETag"), e.GetString("LastModified"), e.GetString("Sha256"), e.GetString("BlobName"),
            (int?)e.GetInt64("LastStatus"), e.GetDateTimeOffset("LastFetchedAt") ?? DateTimeOffset.MinValue,
            e.GetDateTimeOffset("FirstSeenAt") ?? DateTimeOffset.MinValue);
    }

    public Task SaveAsync(UrlFetchState s, CancellationToken ct) =>
        tables.UpsertAsync(_table, Entity(s.PortalId, RowKeyOf(new Uri(s.Url)),
            ("Url", s.Url), ("Kind", s.Kind), ("HttpETag", s.ETag), ("LastModified", s.LastModified),
            ("Sha256", s.Sha256), ("BlobName", s.BlobName), ("LastStatus", s.LastStatus),
            ("LastFetchedAt", s.LastFetchedAt), ("FirstSeenAt", s.FirstSeenAt)), replace: true, ct);

    public async Task<PortalHealth?> GetHealthAsync(string portalId, CancellationToken ct)
    {
        var e = await tables.GetAsync(_table, HealthPartition, portalId, ct).ConfigureAwait(false);
        return e is null ? null : ToHealth(e);
    }

    public async Task<IReadOnlyList<PortalHealth>> GetAllHealthAsync(CancellationToken ct)
    {
        var all = new List<PortalHealth>();
        await foreach (var e in tables.QueryAllAsync(_table, ODataFilter.PartitionKeyEquals(HealthPartition), ct).ConfigureAwait(false))
            all.Add(ToHealth(e));
        return all;
    }

    public Task SaveHealthAsync(PortalHealth h, CancellationToken ct) =>
        tables.UpsertAsync(_table, Entity(HealthPartition, h.PortalId,
            ("ConsecutiveFailures", h.ConsecutiveFailures), ("LastRunAt", h.LastRunAt),
            ("LastSuccessAt", h.LastSuccessAt), ("LastError", h.LastError is { Length: > 2000 } text ? text[..2000] : h.LastError)),
            replace: true, ct);

    /// <summary>Null values are left out: a replace then clears them, and the adapter never sees a typeless null.</summary>
    private static TableEntity Entity(string pk, string rk, params (string Name, object? Value)[] properties)
    {
        var e = new TableEntity(pk, rk);
        foreach (var (name, value) in properties)
            if (value is not null) e[name] = value;
        return e;
    }

    public static string RowKeyOf(Uri url) =>
        "u-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)));

    private static PortalHealth ToHealth(TableEntity e) => new(e.RowKey, (int)(e.GetInt64("ConsecutiveFailures") ?? 0),
        e.GetDateTimeOffset("LastRunAt"), e.GetDateTimeOffset("LastSuccessAt"), e.GetString("LastError"));
}
