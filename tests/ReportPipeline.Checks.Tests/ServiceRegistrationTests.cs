using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportPipeline.Checks.Handlers;
using ReportPipeline.Checks.Tests.Support;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Portals;
using ReportPipeline.Core.Reports;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Tests;

[Collection(AzuriteCollection.Name)]
public class ServiceRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public void AddChecks_BindsCheckerSectionAndResolvesHandlers()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Checker:MissingGraceDays"] = "3" });

        Assert.Equal(3, provider.GetRequiredService<IOptions<CheckerOptions>>().Value.MissingGraceDays);
        Assert.NotNull(provider.GetRequiredService<CheckReportHandler>());
        Assert.NotNull(provider.GetRequiredService<DeadlineSweepHandler>());
        Assert.IsType<Storage.TableFindingsRepository>(provider.GetRequiredService<IFindingsRepository>());
    }

    [Theory]
    [InlineData("Checker:MissingGraceDays", "-1")]
    [InlineData("Checker:CopySimilarityThreshold", "1.5")]
    [InlineData("Checker:FindingsTable", "bad-name")]
    public void AddChecks_InvalidSetting_FailsValidationNamingIt(string key, string value)
    {
        using var provider = Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CheckerOptions>>().Value);
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<ITableStore>(azurite.Clients.Tables);
        services.AddSingleton<IQueueStore>(azurite.Clients.Queues);
        services.AddSingleton<IParsedReportRepository>(new InMemoryReports());
        services.AddSingleton<IPortalRegistry>(new InMemoryPortals());
        services.AddChecks();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
