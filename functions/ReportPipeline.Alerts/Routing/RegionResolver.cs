using ReportPipeline.Core.Portals;

namespace ReportPipeline.Alerts.Routing;

/// <summary>Builds the <see cref="RegionMap"/> from the portal registry when one is registered.</summary>
public sealed class RegionResolver(IEnumerable<IPortalRegistry> registries)
{
    public async Task<RegionMap> LoadAsync(CancellationToken ct)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var registry in registries)
        {
            foreach (var portal in await registry.GetAllAsync(ct))
            {
                if (portal.Region is not { } region)
                    continue;
                map.TryAdd(portal.Agency, region);
                foreach (var expected in portal.ExpectedAgencies)
                    map.TryAdd(expected.Name, region);
            }
        }
        return new RegionMap(map);
    }
}
