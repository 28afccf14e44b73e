using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportPipeline.Checks.Deadlines;
using ReportPipeline.Checks.Handlers;
using ReportPipeline.Checks.Storage;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks;

public static class CheckServiceCollectionExtensions
{
    /// <summary>
    /// The checker, the Findings repository and the CheckReport / DeadlineSweep handlers, with <see cref="CheckerOptions"/>
    /// bound to section "Checker" and validated at start-up. Needs ITableStore, IQueueStore, IParsedReportRepository
    /// and IPortalRegistry from the storage, parsing and crawling layers.
    /// </summary>
    public static IServiceCollection AddChecks(this IServiceCollection services)
    {
        services.AddOptions<CheckerOptions>().BindConfiguration(CheckerOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(DeadlineTable.Default);
        services.TryAddSingleton(sp => new ReportChecker(sp.GetRequiredService<IOptions<CheckerOptions>>().Value));
        services.TryAddSingleton<TableFindingsRepository>();
        services.TryAddSingleton<IFindingsRepository>(sp => sp.GetRequiredService<TableFindingsRepository>());
        services.TryAddSingleton<CheckReportHandler>();
        services.TryAddSingleton<DeadlineSweepHandler>();
        return services;
    }
}
