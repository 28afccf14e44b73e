using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportPipeline.Alerts.Options;
using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Alerts.Routing;
using ReportPipeline.Alerts.State;
using ReportPipeline.Alerts.Subscriptions;
using ReportPipeline.Alerts.Unsubscribe;

namespace ReportPipeline.Alerts;

/// <summary>
/// services.AddAlerts(): options "Alerts" and "Smtp" (validated at start), stores, SMTP transport, handlers.
/// Needs ITableStore, IBlobStore and IFindingsRepository registered; uses IPortalRegistry for regions if present.
/// </summary>
public static class AlertsServiceCollectionExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<EmailLinkBuilder>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<AlertStateStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<RegionResolver>();
        services.AddSingleton<RecipientAnnouncer>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<SubscriptionSeeder>();
        services.AddSingleton<SendAlertsHandler>();
        services.AddSingleton<AlertDigestHandler>();
        services.AddSingleton<AlertPreview>();
        services.AddSingleton<UnsubscribeHandler>();
        services.AddSingleton<AlertsStorageInitializer>();
        return services;
    }
}
