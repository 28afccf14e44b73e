using System.Net.Mail;

namespace ReportPipeline.Alerts.Subscriptions;

/// <summary>What makes a subscription from a config file valid; returns a specific problem, or null.</summary>
public static class SubscriptionRules
{
    public static string? Problem(Subscription s)
    {
        if (string.IsNullOrWhiteSpace(s.Id) || s.Id.Length > 100 || s.Id.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?'))
            return $"subscription id '{s.Id}' must be 1–100 characters without / \\ # ? or control characters";
        if (!MailAddress.TryCreate(s.Recipient, out var address) || address.Address != s.Recipient.Trim())
            return $"subscription '{s.Id}': '{s.Recipient}' is not an email address";
        foreach (var silence in s.Silences)
        {
            if ((silence.Rule is null) == (silence.Agency is null))
                return $"subscription '{s.Id}': a silence names exactly one of rule or agency";
        }
        return null;
    }
}
