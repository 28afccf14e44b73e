using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Parsing;
using ReportPipeline.Crawling.Fetching;

namespace ReportPipeline.Functions.Cli;

/// <summary>
/// Reads a report from a file or fetches it from a URL through the crawler's guarded fetcher (size cap, timeouts,
/// no private or link-local targets, robots.txt).
/// </summary>
public static class DocumentInput
{
    public static async Task<RawDocument> LoadAsync(string fileOrUrl, IServiceProvider services, CancellationToken ct)
    {
        if (Uri.TryCreate(fileOrUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return await FetchAsync(url, services.GetRequiredService<PoliteFetcher>(), ct);
        }

        if (!File.Exists(fileOrUrl))
        {
            throw new CliInputException($"{fileOrUrl}: no such file");
        }

        var bytes = await File.ReadAllBytesAsync(fileOrUrl, ct);
        return bytes.Length == 0
            ? throw new CliInputException($"{fileOrUrl}: the file is empty")
            : new RawDocument(bytes, ContentTypeOf(fileOrUrl), Path.GetFullPath(fileOrUrl), new Dictionary<string, string>());
    }

    private static async Task<RawDocument> FetchAsync(Uri url, PoliteFetcher fetcher, CancellationToken ct)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(url, AllowPrivateAddresses: false), ct);
        if (!result.IsOk || result.Body is not { Length: > 0 } body)
        {
            throw new CliInputException($"{url}: {result.Outcome}{(result.Reason is null ? "" : $": {result.Reason}")}");
        }

        return new RawDocument(body, result.ContentType, result.FinalUrl.ToString(), new Dictionary<string, string>());
    }

    private static string? ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" or ".shtml" => "text/html",
        ".txt" => "text/plain",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => null,
    };
}
