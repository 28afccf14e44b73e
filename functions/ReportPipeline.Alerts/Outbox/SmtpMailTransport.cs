using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Composition;
using ReportPipeline.Alerts.Options;

namespace ReportPipeline.Alerts.Outbox;

/// <summary>SMTP through System.Net.Mail: host, port, STARTTLS and credentials from <see cref="SmtpOptions"/>.</summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    private readonly SmtpOptions _smtp = options.Value;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        using var message = Build(mail);
        using var client = new SmtpClient(_smtp.Host, _smtp.Port)
        {
            EnableSsl = _smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = _smtp.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(_smtp.UserName))
            client.Credentials = new NetworkCredential(_smtp.UserName, _smtp.Password);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_smtp.TimeoutSeconds));
        await client.SendMailAsync(message, timeout.Token);
    }

    private MailMessage Build(OutgoingMail mail)
    {
        var message = new MailMessage
        {
            From = new MailAddress(_smtp.From, HeaderText.Clean(_smtp.FromName), Encoding.UTF8),
            Subject = HeaderText.Clean(mail.Subject),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            Body = mail.TextBody,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(mail.Recipient));
        message.Headers.Add("Message-ID", mail.MessageId);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (mail.UnsubscribeUrl is { } unsubscribe && SourceLink.IsLinkable(unsubscribe, out var uri))
            message.Headers.Add("List-Unsubscribe", $"<{uri!.AbsoluteUri}>");
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        return message;
    }
}
