using System.Net;
using Microsoft.Extensions.Logging;
using ReportPipeline.Alerts.Subscriptions;

namespace ReportPipeline.Alerts.Unsubscribe;

/// <summary>GET /api/unsubscribe?token=…: marks every subscription of the token's recipient as unsubscribed.</summary>
public sealed partial class UnsubscribeHandler(UnsubscribeTokens tokens, SubscriptionStore store,
    ILogger<UnsubscribeHandler> logger)
{
    public async Task<UnsubscribeResult> HandleAsync(string? token, CancellationToken ct)
    {
        if (tokens.Validate(token) is not { } recipient)
        {
            LogRefused();
            return new UnsubscribeResult(400, Page("退订链接无效", "该链接无效或已被修改，无法退订。请使用邮件中的原始链接。"));
        }
        var subscriptions = await store.ListForRecipientAsync(recipient, ct);
        foreach (var subscription in subscriptions.Where(s => !s.Unsubscribed))
            await store.SaveAsync(subscription with { Unsubscribed = true }, ct);
        LogUnsubscribed(subscriptions.Count);
        return new UnsubscribeResult(200, Page("已退订",
            $"{WebUtility.HtmlEncode(recipient)} 将不再收到年报监测提醒（{subscriptions.Count} 项订阅）。"));
    }

    private static string Page(string title, string bodyHtml) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>" +
        "<body style=\"font-family:sans-serif;max-width:560px;margin:40px auto\"><h1>" + title + "</h1><p>" + bodyHtml +
        "</p></body></html>";

    [LoggerMessage(LogLevel.Warning, "Unsubscribe refused: invalid or altered token")]
    private partial void LogRefused();

    [LoggerMessage(LogLevel.Information, "Unsubscribed a recipient from {Count} subscriptions")]
    private partial void LogUnsubscribed(int count);
}
