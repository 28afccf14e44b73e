namespace ReportPipeline.Core.Portals;

/// <summary>The portals we watch (portals.json, mirrored to the Portals table). Implemented in ReportPipeline.Crawling.</summary>
public interface IPortalRegistry
{
    Task<IReadOnlyList<PortalDefinition>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<PortalDefinition?> FindAsync(string portalId, CancellationToken cancellationToken = default);
}
