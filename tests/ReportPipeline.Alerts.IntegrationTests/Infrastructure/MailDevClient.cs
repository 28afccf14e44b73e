using System.Net.Http.Json;
using System.Text.Json;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>Reads what arrived through maildev's REST API (GET /email), filtered by recipient; never deletes.</summary>
internal sealed class MailDevClient(string webBaseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(webBaseUrl), Timeout = TimeSpan.FromSeconds(10) };

    public async Task<IReadOnlyList<ReceivedMail>> ForAsync(string recipient)
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync("/email"));
        return doc.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("to").EnumerateArray()
                .Any(t => string.Equals(t.GetProperty("address").GetString(), recipient, StringComparison.OrdinalIgnoreCase)))
            .Select(ReceivedMail.From)
            .ToList();
    }

    /// <summary>Polls until <paramref name="count"/> emails arrived for the recipient (SMTP accept ≠ stored yet).</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string recipient, int count, int timeoutMs = 5000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (true)
        {
            var mails = await ForAsync(recipient);
            if (mails.Count >= count || Environment.TickCount64 > deadline)
                return mails;
            await Task.Delay(50);
        }
    }

    public async Task<bool> AnswersAsync()
    {
        try
        {
            return (await _http.GetAsync("/healthz")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();
}
