using System.Text;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Tables;

/// <summary>The multipart/mixed body of an entity group transaction: one batch holding one changeset.</summary>
internal static class TableBatchPayload
{
    private const string Crlf = "\r\n";

    public static byte[] Build(Uri tableUri, IReadOnlyList<TableOperation> operations, string batchBoundary,
        string changesetBoundary)
    {
        var body = new StringBuilder();
        body.Append("--").Append(batchBoundary).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changesetBoundary).Append(Crlf).Append(Crlf);
        for (var i = 0; i < operations.Count; i++)
            AppendOperation(body, tableUri, operations[i], i, changesetBoundary);
        body.Append("--").Append(changesetBoundary).Append("--").Append(Crlf)
            .Append("--").Append(batchBoundary).Append("--").Append(Crlf);
        return Encoding.UTF8.GetBytes(body.ToString());
    }

    private static void AppendOperation(StringBuilder body, Uri tableUri, TableOperation operation, int index,
        string changesetBoundary)
    {
        var entity = operation.Entity;
        var table = tableUri.AbsoluteUri.TrimEnd('/');
        var entityUri = $"{table}(PartitionKey='{Escape(entity.PartitionKey)}',RowKey='{Escape(entity.RowKey)}')";
        var (method, uri) = operation.Kind switch
        {
            TableOperationKind.Insert => ("POST", table),
            TableOperationKind.UpsertMerge => ("MERGE", entityUri),
            TableOperationKind.UpsertReplace => ("PUT", entityUri),
            TableOperationKind.Delete => ("DELETE", entityUri),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, "Unknown table operation."),
        };
        body.Append("--").Append(changesetBoundary).Append(Crlf)
            .Append("Content-Type: application/http").Append(Crlf)
            .Append("Content-Transfer-Encoding: binary").Append(Crlf).Append(Crlf)
            .Append(method).Append(' ').Append(uri).Append(" HTTP/1.1").Append(Crlf)
            .Append("Content-ID: ").Append(index + 1).Append(Crlf)
            .Append("Accept: ").Append(TableStore.NoMetadata).Append(Crlf)
            .Append("DataServiceVersion: 3.0").Append(Crlf);
        if (operation.Kind == TableOperationKind.Delete)
        {
            body.Append("If-Match: ").Append(entity.ETag ?? "*").Append(Crlf).Append(Crlf);
            return;
        }
        body.Append("Content-Type: application/json").Append(Crlf)
            .Append("Prefer: return-no-content").Append(Crlf).Append(Crlf)
            .Append(Encoding.UTF8.GetString(TableEntityWriter.ToJson(entity))).Append(Crlf);
    }

    private static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
