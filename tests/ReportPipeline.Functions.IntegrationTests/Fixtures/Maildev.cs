using System.Text.Json;

namespace ReportPipeline.Functions.IntegrationTests.Fixtures;

/// <summary>maildev's REST API: what actually arrived over SMTP.</summary>
public static class Maildev
{
    public static async Task<int> CountForAsync(string recipient)
    {
        using var http = new HttpClient { BaseAddress = TestEnvironment.MaildevWeb, Timeout = TimeSpan.FromSeconds(10) };
        using var emails = JsonDocument.Parse(await http.GetStringAsync("/email"));
        return emails.RootElement.EnumerateArray().Count(email => email.GetProperty("to").EnumerateArray()
            .Any(to => string.Equals(to.GetProperty("address").GetString(), recipient, StringComparison.OrdinalIgnoreCase)));
    }
}
