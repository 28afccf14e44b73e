using ReportPipeline.Checks.Storage;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Handlers;

/// <summary>One AlertsMessage per agency/year apply, only when something opened or resolved.</summary>
internal static class AlertSender
{
    public static async Task<bool> SendIfAnyAsync(IQueueStore queues, string queue, string agency, int reportYear,
        FindingChanges changes, string? reportId, CancellationToken cancellationToken)
    {
        if (!changes.Any)
        {
            return false;
        }
        var message = new AlertsMessage(agency, reportYear, changes.Opened, changes.Resolved, reportId);
        await queues.SendAsync(queue, PipelineJson.Serialize(message), cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    }
}
