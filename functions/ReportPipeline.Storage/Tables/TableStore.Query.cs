using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure.Core;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Tables;

public sealed partial class TableStore
{
    /// <summary>The service's largest page.</summary>
    public const int MaxPageSize = 1000;

    public async Task<TablePage> QueryAsync(string table, string? filter = null, string? continuation = null, int? top = null,
        CancellationToken cancellationToken = default)
    {
        TableEntityLimits.ValidateTableName(table);
        if (top is < 1 or > MaxPageSize)
            throw new ArgumentOutOfRangeException(nameof(top), top, $"top must be 1-{MaxPageSize}.");
        using var message = _service.Create(RequestMethod.Get, QueryPath(table, filter, continuation, top));
        message.Request.Headers.SetValue("Accept", MinimalMetadata);
        var response = await _service.SendSuccessAsync(message, $"Query table '{table}'", cancellationToken)
            .ConfigureAwait(false);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var items = json.RootElement.TryGetProperty("value", out var value)
            ? value.EnumerateArray().Select(e => TableEntityReader.Read(e)).ToList()
            : [];
        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var nextPartitionKey);
        response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var nextRowKey);
        return new TablePage(items, TableContinuation.From(nextPartitionKey, nextRowKey));
    }

    public async IAsyncEnumerable<TableEntity> QueryAllAsync(string table, string? filter = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuation = null;
        do
        {
            var page = await QueryAsync(table, filter, continuation, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            foreach (var entity in page.Items)
                yield return entity;
            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    private static string QueryPath(string table, string? filter, string? continuation, int? top)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter))
            query.Add("$filter=" + Uri.EscapeDataString(filter));
        if (top is { } t)
            query.Add($"$top={t}");
        if (continuation is not null)
        {
            var (partitionKey, rowKey) = TableContinuation.Parse(continuation);
            query.Add("NextPartitionKey=" + Uri.EscapeDataString(partitionKey));
            if (rowKey is not null)
                query.Add("NextRowKey=" + Uri.EscapeDataString(rowKey));
        }
        var path = new StringBuilder(table).Append("()");
        if (query.Count > 0)
            path.Append('?').AppendJoin('&', query);
        return path.ToString();
    }
}
