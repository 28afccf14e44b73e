using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportPipeline.Checks.Handlers;
using ReportPipeline.Checks.Storage;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Reports;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>A unique Findings table and alerts queue in Azurite, a settable clock, and the handlers wired to them.</summary>
internal sealed class StoreHarness
{
    private StoreHarness(AzuriteFixture azurite, FixedTime time, IOptions<CheckerOptions> options, IPortalRegistry portals,
        IParsedReportRepository? repository = null)
    {
        Repository = repository ?? Reports;
        Azurite = azurite;
        Time = time;
        Options = options;
        Findings = new TableFindingsRepository(azurite.Clients.Tables, time, options);
        Check = new CheckReportHandler(Repository, Findings, azurite.Clients.Queues, new ReportChecker(options.Value), time, options,
            NullLogger<CheckReportHandler>.Instance, portals);
        Sweep = new DeadlineSweepHandler(portals, Repository, Findings, azurite.Clients.Queues, time, options,
            NullLogger<DeadlineSweepHandler>.Instance);
    }

    public AzuriteFixture Azurite { get; }
    public FixedTime Time { get; }
    public IOptions<CheckerOptions> Options { get; }
    public InMemoryReports Reports { get; } = new();
    /// <summary>What the handlers read: <see cref="Reports"/> unless a real repository was given.</summary>
    public IParsedReportRepository Repository { get; }
    public TableFindingsRepository Findings { get; }
    public CheckReportHandler Check { get; }
    public DeadlineSweepHandler Sweep { get; }

    public static Task<StoreHarness> CreateAsync(AzuriteFixture azurite, DateTimeOffset now, params PortalDefinition[] portals) =>
        CreateAsync(azurite, now, null, portals);

    public static async Task<StoreHarness> CreateAsync(AzuriteFixture azurite, DateTimeOffset now,
        Func<FixedTime, IParsedReportRepository>? repository, params PortalDefinition[] portals)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new CheckerOptions
        {
            FindingsTable = AzuriteFixture.UniqueTable(),
            AlertsQueue = AzuriteFixture.UniqueQueue(),
        });
        await azurite.Clients.Tables.CreateIfNotExistsAsync(options.Value.FindingsTable);
        await azurite.Clients.Queues.CreateIfNotExistsAsync(options.Value.AlertsQueue);
        var time = new FixedTime(now);
        return new StoreHarness(azurite, time, options, new InMemoryPortals(portals), repository?.Invoke(time));
    }

    public async Task<IReadOnlyList<AlertsMessage>> DrainAlertsAsync()
    {
        var messages = await Azurite.Clients.Queues.ReceiveAsync(Options.Value.AlertsQueue, 32, TimeSpan.FromMinutes(1));
        foreach (var message in messages)
        {
            await Azurite.Clients.Queues.DeleteAsync(Options.Value.AlertsQueue, message.MessageId, message.PopReceipt);
        }
        return messages.Select(m => PipelineJson.Deserialize<AlertsMessage>(m.Text)).ToArray();
    }
}
