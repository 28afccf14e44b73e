using ReportPipeline.Core.Portals;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>A fixed portal list (the crawler owns the real registry).</summary>
internal sealed class InMemoryPortals(params PortalDefinition[] portals) : IPortalRegistry
{
    public Task<IReadOnlyList<PortalDefinition>> GetAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PortalDefinition>>(portals);

    public Task<PortalDefinition?> FindAsync(string portalId, CancellationToken cancellationToken = default) =>
        Task.FromResult(portals.FirstOrDefault(p => p.Id == portalId));
}
