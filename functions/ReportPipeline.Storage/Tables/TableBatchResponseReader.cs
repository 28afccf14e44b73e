using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Storage.Tables;

/// <summary>
/// Finds the failed operation in a batch response. The service answers 202 for the batch and reports a failed
/// changeset as a single inner response whose error message starts with the failing operation's index ("3:...").
/// </summary>
internal static partial class TableBatchResponseReader
{
    public static StorageException? FindFailure(string body, IReadOnlyList<TableOperation> operations, string? requestId,
        string table)
    {
        foreach (Match status in StatusLine().Matches(body))
        {
            var code = int.Parse(status.Groups["code"].Value, CultureInfo.InvariantCulture);
            if (code < 400)
                continue;
            var rest = body[(status.Index + status.Length)..];
            var (errorCode, message) = StorageErrors.ReadBody(JsonPart(rest));
            var index = FailedIndex(rest, message, operations.Count);
            var which = index is { } i
                ? $"operation {i} ({operations[i].Kind} {operations[i].Entity.PartitionKey}/{operations[i].Entity.RowKey})"
                : "an operation";
            return new StorageException((HttpStatusCode)code, errorCode ?? $"Http{code}", requestId,
                $"Batch on '{table}' failed at {which}: {StripIndex(message) ?? status.Value.Trim()}");
        }
        return null;
    }

    private static int? FailedIndex(string rest, string? message, int count)
    {
        var contentId = ContentIdHeader().Match(rest.Split("\r\n\r\n", 2)[0]);
        if (contentId.Success && int.TryParse(contentId.Groups["id"].Value, CultureInfo.InvariantCulture, out var id) &&
            id >= 1 && id <= count)
            return id - 1;
        var prefix = message is null ? Match.Empty : IndexPrefix().Match(message);
        return prefix.Success && int.TryParse(prefix.Groups["index"].Value, CultureInfo.InvariantCulture, out var i) &&
               i < count
            ? i
            : null;
    }

    private static string? JsonPart(string rest)
    {
        var start = rest.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
            return null;
        var end = rest.IndexOf("\r\n--", start, StringComparison.Ordinal);
        return end < 0 ? rest[start..] : rest[start..end];
    }

    private static string? StripIndex(string? message) =>
        message is null ? null : IndexPrefix().Replace(message, string.Empty, 1);

    [GeneratedRegex(@"HTTP/1\.1 (?<code>\d{3})[^\r\n]*")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"(?im)^Content-ID:\s*(?<id>\d+)")]
    private static partial Regex ContentIdHeader();

    [GeneratedRegex(@"^(?<index>\d+):")]
    private static partial Regex IndexPrefix();
}
