using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.Options;

namespace ReportPipeline.Alerts.Unsubscribe;

/// <summary>A recipient's dashboard and signed unsubscribe links (footer and List-Unsubscribe header).</summary>
public sealed class EmailLinkBuilder(UnsubscribeTokens tokens, IOptions<AlertsOptions> options)
{
    public EmailLinks For(string recipient)
    {
        var alerts = options.Value;
        var separator = alerts.UnsubscribeBaseUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var unsubscribe = $"{alerts.UnsubscribeBaseUrl}{separator}token={Uri.EscapeDataString(tokens.Create(recipient))}";
        return new EmailLinks(alerts.DashboardBaseUrl, unsubscribe);
    }
}
