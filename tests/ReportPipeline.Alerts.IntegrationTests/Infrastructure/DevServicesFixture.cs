using ReportPipeline.Core.Storage;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>Azurite and maildev must answer; fails with the command that starts them when they do not.</summary>
public sealed class DevServicesFixture : IAsyncLifetime
{
    internal StorageClients Storage { get; private set; } = null!;
    internal MailDevClient MailDev { get; } = new(DevServices.MailDevWeb);

    public async Task InitializeAsync()
    {
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        Storage = StorageClients.FromConnectionString(DevServices.StorageConnection, options);
        try
        {
            await Storage.Blobs.ListAsync("alerts-probe", maxResults: 1);
        }
        catch (StorageException e) when (e.ErrorCode == "ContainerNotFound")
        {
            // The service answered and accepted the signature.
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Azurite does not answer ({e.Message}). Run `bash scripts/dev-services.sh start`.", e);
        }
        if (!await MailDev.AnswersAsync())
            throw new InvalidOperationException($"maildev does not answer at {DevServices.MailDevWeb}. Run `bash scripts/dev-services.sh start`.");
    }

    public Task DisposeAsync()
    {
        MailDev.Dispose();
        return Task.CompletedTask;
    }
}
