using System.Security.Cryptography;
using System.Text;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Storage;

/// <summary>
/// An alert not yet handed to the alerts queue, stored in the findings' own partition so it is written in the same
/// entity group transaction as the findings it announces (a transactional outbox: no alert is lost when the queue
/// send fails after the findings were written).
/// </summary>
internal static class PendingAlertEntity
{
    public const string RowKeyPrefix = "~alert-";
    private const string Message = "AlertsMessage";

    public static bool Is(TableEntity entity) => entity.RowKey.StartsWith(RowKeyPrefix, StringComparison.Ordinal);

    public static TableEntity Create(string partitionKey, AlertsMessage alert)
    {
        var json = PipelineJson.Serialize(alert);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
        return new TableEntity(partitionKey, RowKeyPrefix + hash) { [Message] = json };
    }

    public static string MessageText(TableEntity entity) => entity.GetString(Message) ?? "";
}
