using System.Net.Http.Headers;

namespace ReportPipeline.Crawling.Fetching;

/// <summary>One HTTP exchange, body read in full (up to the cap), headers the crawler needs kept.</summary>
internal sealed record HttpAttempt(
    int Status,
    byte[] Body,
    string? ContentType,
    string? ETag,
    string? LastModified,
    Uri? Location,
    TimeSpan? RetryAfter)
{
    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308 && Location is not null;

    public static async Task<HttpAttempt> SendAsync(HttpClient client, FetchRequest request, Uri url, string userAgent,
        long maxBytes, DateTimeOffset now, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        message.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8");
        message.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN,zh;q=0.9");
        if (request.ETag is not null) message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (request.LastModified is not null) message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength > maxBytes) throw new DocumentTooLargeException(maxBytes);
        var body = await ReadCappedAsync(response.Content, maxBytes, ct).ConfigureAwait(false);
        return new HttpAttempt(
            (int)response.StatusCode,
            body,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault() : null,
            response.Headers.Location is { } loc ? new Uri(url, loc) : null,
            RetryAfterOf(response.Headers.RetryAfter, now));
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new DocumentTooLargeException(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? value, DateTimeOffset now) => value switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
