using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Alerts.Outbox;

/// <summary>The Outbox table (one partition, RowKey = entry id) and the bodies in the mail container.</summary>
public sealed partial class OutboxStore(ITableStore tables, IBlobStore blobs, IOptions<AlertsOptions> options)
{
    private const string Partition = "outbox";
    private readonly string _table = options.Value.OutboxTable;
    private readonly string _container = options.Value.MailContainer;

    public async Task CreateIfNotExistsAsync(CancellationToken ct)
    {
        await tables.CreateIfNotExistsAsync(_table, ct);
        await blobs.CreateContainerIfNotExistsAsync(_container, ct);
    }

    /// <summary>Writes the bodies, then the entry; false when an entry with this id already exists.</summary>
    public async Task<bool> AddAsync(OutboxEntry entry, string textBody, string htmlBody, CancellationToken ct)
    {
        await PutBodyAsync(entry.TextBlob, textBody, "text/plain; charset=utf-8", ct);
        await PutBodyAsync(entry.HtmlBlob, htmlBody, "text/html; charset=utf-8", ct);
        return await tables.InsertAsync(_table, ToEntity(entry), ct);
    }

    public async Task<OutboxEntry?> GetAsync(string id, CancellationToken ct)
    {
        var entity = await tables.GetAsync(_table, Partition, id, ct);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>Optimistic update: false when someone else changed the entry since it was read.</summary>
    public Task<bool> TryUpdateAsync(OutboxEntry entry, CancellationToken ct) =>
        tables.UpdateIfUnchangedAsync(_table, ToEntity(entry), ct);

    public async IAsyncEnumerable<OutboxEntry> ListAsync(OutboxStatus status, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = $"PartitionKey eq '{Partition}' and {ODataFilter.Equal("Status", Name(status))}";
        await foreach (var entity in tables.QueryAllAsync(_table, filter, ct))
            yield return FromEntity(entity);
    }

    public async Task<(string Text, string Html)> GetBodiesAsync(OutboxEntry entry, CancellationToken ct)
    {
        var text = await blobs.GetAsync(_container, entry.TextBlob, ct);
        var html = await blobs.GetAsync(_container, entry.HtmlBlob, ct);
        if (text is null || html is null)
            throw new InvalidOperationException($"Outbox entry {entry.Id}: body blob missing in container '{_container}'.");
        return (Encoding.UTF8.GetString(text.Content.Span), Encoding.UTF8.GetString(html.Content.Span));
    }

    // OnlyIfNew: a redelivered message must not rewrite what an earlier attempt may already have sent.
    private Task PutBodyAsync(string name, string body, string contentType, CancellationToken ct) =>
        blobs.PutAsync(_container, name, Encoding.UTF8.GetBytes(body), contentType, condition: BlobCondition.OnlyIfNew,
            cancellationToken: ct);
}
