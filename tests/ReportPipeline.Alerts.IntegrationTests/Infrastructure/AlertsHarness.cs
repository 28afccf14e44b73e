using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>
/// The alerts services as the app wires them (AddAlerts), on private tables and container in Azurite, pointed at
/// an SMTP port. <see cref="WithSmtp"/> gives a second "process" on the same storage (restart, SMTP back up).
/// </summary>
internal sealed class AlertsHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    private AlertsHarness(HarnessSettings settings, string smtpHost, int smtpPort)
    {
        Settings = settings;
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.Values(smtpHost, smtpPort)).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            .AddLogging()
            .AddSingleton<TimeProvider>(settings.Clock)
            .AddSingleton<ITableStore>(settings.Storage.Tables)
            .AddSingleton<IBlobStore>(settings.Storage.Blobs)
            .AddSingleton(settings.Findings);
        services.AddAlerts();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public HarnessSettings Settings { get; }

    public ManualClock Clock => Settings.Clock;

    public static async Task<AlertsHarness> StartAsync(StorageClients storage, IFindingsRepository findings,
        string? smtpHost = null, int? smtpPort = null, int maxAttempts = 3)
    {
        var settings = new HarnessSettings(storage, findings, new ManualClock(new DateTimeOffset(2017, 3, 1, 0, 0, 0, TimeSpan.Zero)),
            maxAttempts);
        var harness = new AlertsHarness(settings, smtpHost ?? DevServices.SmtpHost, smtpPort ?? DevServices.SmtpPort);
        await harness.Get<AlertsStorageInitializer>().InitializeAsync(CancellationToken.None);
        return harness;
    }

    public AlertsHarness WithSmtp(string host, int port) => new(Settings, host, port);

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose() => _provider.Dispose();
}
