using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.State;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Alerts.Subscriptions;

/// <summary>The Subscriptions table: PartitionKey = <see cref="RecipientKey"/>, RowKey = subscription id, JSON body.</summary>
public sealed class SubscriptionStore(ITableStore tables, IOptions<AlertsOptions> options)
{
    private readonly string _table = options.Value.SubscriptionsTable;

    public Task CreateIfNotExistsAsync(CancellationToken ct) => tables.CreateIfNotExistsAsync(_table, ct);

    /// <summary>Every subscription, including unsubscribed ones (callers filter through the matcher).</summary>
    public async IAsyncEnumerable<Subscription> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entity in tables.QueryAllAsync(_table, filter: null, ct))
            yield return PipelineJson.Deserialize<Subscription>(entity.GetString("Json") ?? "{}");
    }

    public async Task<IReadOnlyList<Subscription>> ListForRecipientAsync(string recipient, CancellationToken ct)
    {
        var list = new List<Subscription>();
        var filter = ODataFilter.PartitionKeyEquals(RecipientKey.Of(recipient));
        await foreach (var entity in tables.QueryAllAsync(_table, filter, ct))
            list.Add(PipelineJson.Deserialize<Subscription>(entity.GetString("Json") ?? "{}"));
        return list;
    }

    public Task SaveAsync(Subscription subscription, CancellationToken ct)
    {
        var entity = new TableEntity(RecipientKey.Of(subscription.Recipient), subscription.Id)
        {
            ["Recipient"] = subscription.Recipient,
            ["Delivery"] = subscription.Delivery.ToString(),
            ["Unsubscribed"] = subscription.Unsubscribed,
            ["Json"] = PipelineJson.Serialize(subscription),
        };
        return tables.UpsertAsync(_table, entity, replace: true, ct);
    }
}
