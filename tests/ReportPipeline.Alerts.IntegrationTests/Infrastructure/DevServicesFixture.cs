using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>Azurite and maildev must answer; fails with the command that starts them when they do not.</summary>
public sealed class DevServicesFixture : IAsyncLifetime
{
    internal StorageClients Storage { get; private set; } = null!;
    internal MailDevClient MailDev { get; } = new(DevServices.MailDevWeb);

    public async Task InitializeAsync()
    {
        Storage = await TestAzurite.ConnectAsync();
        if (!await MailDev.AnswersAsync())
            throw new InvalidOperationException($"maildev does not answer at {DevServices.MailDevWeb}. Run `bash scripts/dev-services.sh start`.");
    }

    public Task DisposeAsync()
    {
        MailDev.Dispose();
        return Task.CompletedTask;
    }
}
