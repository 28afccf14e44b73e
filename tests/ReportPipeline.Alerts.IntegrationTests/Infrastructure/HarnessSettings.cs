using System.Globalization;
using ReportPipeline.Core.Findings;
using ReportPipeline.Storage;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>What two harness "processes" share: storage names, the findings, the clock and the signing key.</summary>
internal sealed record HarnessSettings(StorageClients Storage, IFindingsRepository Findings, ManualClock Clock, int MaxAttempts)
{
    public string Suffix { get; } = TestNames.Suffix();
    public string SigningKey { get; } = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Guid.NewGuid().ToString("N");
    public string SubscriptionsTable => $"TSubs{Suffix}";
    public string OutboxTable => $"TOutbox{Suffix}";
    public string AlertStateTable => $"TAlertState{Suffix}";
    public string MailContainer => $"t-mail-{Suffix}";

    public Dictionary<string, string?> Values(string smtpHost, int smtpPort) => new()
    {
        ["Alerts:DashboardBaseUrl"] = "https://dashboard.example.gov.cn/",
        ["Alerts:UnsubscribeBaseUrl"] = "https://alerts.example.gov.cn/api/unsubscribe",
        ["Alerts:SigningKey"] = SigningKey,
        ["Alerts:MaxAttempts"] = MaxAttempts.ToString(CultureInfo.InvariantCulture),
        ["Alerts:RetryDelay"] = "00:00:00",
        ["Alerts:SendLease"] = "00:00:30",
        ["Alerts:ReminderInterval"] = "7.00:00:00",
        ["Alerts:SubscriptionsTable"] = SubscriptionsTable,
        ["Alerts:OutboxTable"] = OutboxTable,
        ["Alerts:AlertStateTable"] = AlertStateTable,
        ["Alerts:MailContainer"] = MailContainer,
        ["Smtp:Host"] = smtpHost,
        ["Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Smtp:From"] = "alerts@reportpipeline.example.gov.cn",
        ["Smtp:FromName"] = "年报监测",
        ["Smtp:TimeoutSeconds"] = "5",
    };
}
