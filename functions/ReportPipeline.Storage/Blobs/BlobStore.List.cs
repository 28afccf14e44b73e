using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Azure.Core;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Blobs;

public sealed partial class BlobStore
{
    /// <summary>The service's largest page.</summary>
    public const int MaxPageSize = 5000;

    public async Task<BlobPage> ListAsync(string container, string? prefix = null, string? continuation = null,
        int? maxResults = null, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateContainer(container);
        if (maxResults is < 1 or > MaxPageSize)
            throw new ArgumentOutOfRangeException(nameof(maxResults), maxResults, $"maxResults must be 1-{MaxPageSize}.");
        var query = new StringBuilder($"{container}?restype=container&comp=list&include=metadata");
        AppendQuery(query, "prefix", prefix);
        AppendQuery(query, "marker", continuation);
        AppendQuery(query, "maxresults", maxResults?.ToString(CultureInfo.InvariantCulture));
        using var message = _service.Create(RequestMethod.Get, query.ToString());
        var response = await _service.SendSuccessAsync(message, $"List blobs in '{container}'", cancellationToken)
            .ConfigureAwait(false);
        return BlobResponseReader.ToPage(response.Content.ToString());
    }

    public async IAsyncEnumerable<BlobItem> ListAllAsync(string container, string? prefix = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuation = null;
        do
        {
            var page = await ListAsync(container, prefix, continuation, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            foreach (var item in page.Items)
                yield return item;
            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    private static void AppendQuery(StringBuilder query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
