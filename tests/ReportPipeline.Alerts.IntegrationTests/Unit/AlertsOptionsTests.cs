using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Options;

namespace ReportPipeline.Alerts.IntegrationTests.Unit;

public sealed class AlertsOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> values) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
        .AddAlerts()
        .BuildServiceProvider();

    [Fact]
    public void AddAlerts_SigningKeyMissing_ValidationNamesIt()
    {
        using var provider = Build(new() { ["Smtp:Host"] = "127.0.0.1" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AlertsOptions>>().Value);

        Assert.Contains("SigningKey", error.Message);
    }

    [Fact]
    public void AddAlerts_SmtpPortOutOfRange_ValidationNamesIt()
    {
        using var provider = Build(new() { ["Smtp:Port"] = "70000" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SmtpOptions>>().Value);

        Assert.Contains("Port", error.Message);
    }

    [Fact]
    public void AddAlerts_CompleteSettings_BindsEveryKey()
    {
        using var provider = Build(new()
        {
            ["Alerts:SigningKey"] = new string('s', 32),
            ["Alerts:MaxAttempts"] = "7",
            ["Alerts:ReminderInterval"] = "3.00:00:00",
            ["Smtp:EnableSsl"] = "true",
            ["Smtp:Port"] = "587",
        });

        var alerts = provider.GetRequiredService<IOptions<AlertsOptions>>().Value;
        var smtp = provider.GetRequiredService<IOptions<SmtpOptions>>().Value;

        Assert.Equal((7, TimeSpan.FromDays(3)), (alerts.MaxAttempts, alerts.ReminderInterval));
        Assert.Equal((true, 587), (smtp.EnableSsl, smtp.Port));
    }
}
