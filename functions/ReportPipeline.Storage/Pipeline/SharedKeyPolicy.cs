using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReportPipeline.Storage.Pipeline;

/// <summary>
/// Signs each attempt with the account key ("Authorize with Shared Key"): the Blob/Queue string-to-sign, or the
/// Table service's shorter one. Runs per retry, so every attempt gets a fresh x-ms-date.
/// </summary>
internal sealed class SharedKeyPolicy(string accountName, string accountKey, bool tableService, TimeProvider time)
    : HttpPipelineSynchronousPolicy
{
    private readonly byte[] _key = Convert.FromBase64String(accountKey);

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        var uri = request.Uri.ToUri();
        var stringToSign = tableService ? TableStringToSign(request, uri) : BlobQueueStringToSign(request, uri);
        var signature = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{Convert.ToBase64String(signature)}");
    }

    private string BlobQueueStringToSign(Request request, Uri uri)
    {
        var builder = new StringBuilder();
        builder.Append(request.Method.Method).Append('\n');
        foreach (var header in _signedStandardHeaders)
            builder.Append(header == "Content-Length" ? ContentLength(request) : Header(request, header)).Append('\n');
        foreach (var (name, value) in CanonicalizedHeaders(request))
            builder.Append(name).Append(':').Append(value).Append('\n');
        builder.Append('/').Append(accountName).Append(uri.AbsolutePath);
        foreach (var (name, values) in CanonicalizedQuery(uri))
            builder.Append('\n').Append(name).Append(':').Append(string.Join(',', values));
        return builder.ToString();
    }

    private string TableStringToSign(Request request, Uri uri)
    {
        var resource = $"/{accountName}{uri.AbsolutePath}";
        var comp = CanonicalizedQuery(uri).FirstOrDefault(q => q.Name == "comp");
        if (comp.Name is not null)
            resource += "?comp=" + string.Join(',', comp.Values);
        return string.Join('\n', request.Method.Method, Header(request, "Content-MD5"),
            Header(request, "Content-Type"), Header(request, "x-ms-date"), resource);
    }

    private static readonly string[] _signedStandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    private static string Header(Request request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value : string.Empty;

    // Since version 2015-02-21 a zero Content-Length is signed as the empty string.
    private static string ContentLength(Request request) =>
        request.Content is not null && request.Content.TryComputeLength(out var length) && length > 0
            ? length.ToString(CultureInfo.InvariantCulture)
            : string.Empty;

    private static IEnumerable<(string Name, string Value)> CanonicalizedHeaders(Request request) =>
        request.Headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Name.ToLowerInvariant(), Value: h.Value.Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal);

    private static IEnumerable<(string Name, string[] Values)> CanonicalizedQuery(Uri uri) =>
        uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (Name: Uri.UnescapeDataString(kv[0]).ToLowerInvariant(),
                Value: kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : string.Empty))
            .GroupBy(kv => kv.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(kv => kv.Value).Order(StringComparer.Ordinal).ToArray()));
}
