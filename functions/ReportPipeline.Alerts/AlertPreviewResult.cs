using System.Text;
using ReportPipeline.Alerts.Composition;

namespace ReportPipeline.Alerts;

/// <summary>The emails a run would send now. <see cref="Text"/> is for the terminal; each email carries its HTML.</summary>
public sealed record AlertPreviewResult(IReadOnlyList<ComposedEmail> Emails)
{
    public string Text
    {
        get
        {
            if (Emails.Count == 0)
                return "没有需要发送的提醒。(Nothing to send.)\n";
            var text = new StringBuilder();
            foreach (var email in Emails)
                text.Append("To: ").AppendLine(email.Recipient).Append("Subject: ").AppendLine(email.Subject)
                    .AppendLine().AppendLine(email.TextBody).AppendLine(new string('=', 72));
            return text.ToString();
        }
    }

    /// <summary>The HTML of the first email (or of the one for <paramref name="recipient"/>), for --html.</summary>
    public string? Html(string? recipient = null) =>
        (recipient is null ? Emails.FirstOrDefault() : Emails.FirstOrDefault(e => e.Recipient == recipient.Trim().ToLowerInvariant()))
            ?.HtmlBody;
}
