using System.ComponentModel.DataAnnotations;

namespace ReportPipeline.Alerts.Options;

/// <summary>Section "Smtp": the relay alerts are delivered through. Credentials come from settings, never the repo.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>STARTTLS (System.Net.Mail upgrades the connection after EHLO).</summary>
    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required, EmailAddress]
    public string From { get; set; } = "alerts@reportpipeline.local";

    public string FromName { get; set; } = "年报监测";

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}
