using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>The state of the stores after a run: open findings by severity, the outbox by status, poison queues.</summary>
public sealed record StoreCounts(
    IReadOnlyDictionary<Severity, int> OpenFindings,
    IReadOnlyDictionary<OutboxStatus, int> Outbox,
    IReadOnlyDictionary<string, int> PoisonQueues)
{
    public static async Task<StoreCounts> ReadAsync(IServiceProvider services, CancellationToken ct)
    {
        var findings = new Dictionary<Severity, int>();
        await foreach (var record in services.GetRequiredService<IFindingsRepository>().ListAsync(status: FindingStatus.Open, cancellationToken: ct))
        {
            findings[record.Finding.Severity] = findings.GetValueOrDefault(record.Finding.Severity) + 1;
        }

        var outbox = new Dictionary<OutboxStatus, int>();
        var store = services.GetRequiredService<OutboxStore>();
        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            await foreach (var _ in store.ListAsync(status, ct))
            {
                outbox[status] = outbox.GetValueOrDefault(status) + 1;
            }
        }

        var queues = services.GetRequiredService<IQueueStore>();
        var poison = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var queue in StorageNames.Queues.Select(StorageNames.PoisonQueue))
        {
            poison[queue] = await queues.GetApproximateCountAsync(queue, ct);
        }

        return new StoreCounts(findings, outbox, poison);
    }
}
