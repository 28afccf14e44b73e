using ReportPipeline.Core.Findings;

namespace ReportPipeline.Alerts.Routing;

/// <summary>Agency → region, for region subscriptions. A finding's own "region" fact wins over the registry.</summary>
public sealed class RegionMap(IReadOnlyDictionary<string, string> regionsByAgency)
{
    public static RegionMap Empty { get; } = new(new Dictionary<string, string>());

    public string? Of(Finding finding) =>
        finding.Evidence.Facts?.GetValueOrDefault("region") ?? regionsByAgency.GetValueOrDefault(finding.Agency);
}
