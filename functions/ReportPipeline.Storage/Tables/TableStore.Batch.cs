using Azure.Core;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Tables;

public sealed partial class TableStore
{
    public const int MaxBatchOperations = 100;
    public const int MaxBatchPayloadBytes = 4 * 1024 * 1024;

    public async Task SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations,
        CancellationToken cancellationToken = default)
    {
        TableEntityLimits.ValidateTableName(table);
        ValidateBatch(operations);
        var batchBoundary = $"batch_{Guid.NewGuid():D}";
        var changesetBoundary = $"changeset_{Guid.NewGuid():D}";
        var payload = TableBatchPayload.Build(_service.UriFor(table), operations, batchBoundary, changesetBoundary);
        if (payload.Length > MaxBatchPayloadBytes)
            throw new ArgumentException(
                $"Batch payload is {payload.Length} bytes; the service allows {MaxBatchPayloadBytes}. Submit fewer operations.",
                nameof(operations));
        using var message = _service.Create(RequestMethod.Post, "$batch");
        message.Request.Headers.SetValue("Content-Type", $"multipart/mixed; boundary={batchBoundary}");
        message.Request.Headers.SetValue("Accept", NoMetadata);
        message.Request.Headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Content = RequestContent.Create(payload);
        var response = await _service.SendSuccessAsync(message, $"Batch on '{table}'", cancellationToken).ConfigureAwait(false);
        response.Headers.TryGetValue("x-ms-request-id", out var requestId);
        var failure = TableBatchResponseReader.FindFailure(response.Content.ToString(), operations, requestId, table);
        if (failure is not null)
            throw failure;
    }

    private static void ValidateBatch(IReadOnlyList<TableOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count is 0 or > MaxBatchOperations)
            throw new ArgumentException(
                $"A table batch holds 1-{MaxBatchOperations} operations; got {operations.Count}. Split it by {MaxBatchOperations}.",
                nameof(operations));
        var partitionKey = operations[0].Entity.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            TableEntityLimits.Validate(operation.Entity);
            if (operation.Entity.PartitionKey != partitionKey)
                throw new ArgumentException(
                    $"A table batch must stay in one partition: '{operation.Entity.PartitionKey}' differs from '{partitionKey}'.",
                    nameof(operations));
            if (!rowKeys.Add(operation.Entity.RowKey))
                throw new ArgumentException(
                    $"A table batch may touch each entity once; RowKey '{operation.Entity.RowKey}' repeats.", nameof(operations));
        }
    }
}
