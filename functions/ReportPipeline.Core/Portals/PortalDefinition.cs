using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Portals;

/// <summary>
/// One portal column where reports are published (the registry, portals.json). The crawler issue owns the
/// discovery fields; the checker reads agency, level, region, expected agencies and deadline overrides.
/// </summary>
public sealed record PortalDefinition
{
    public required string Id { get; init; }
    public required string Agency { get; init; }
    public AgencyLevel Level { get; init; } = AgencyLevel.Other;
    public string? Region { get; init; }
    /// <summary>"trs", "hanweb" or "generic".</summary>
    public string Family { get; init; } = "generic";
    public IReadOnlyList<string> ListPages { get; init; } = [];
    /// <summary>When true the portal may live on loopback/private addresses (the demo portal, tests).</summary>
    public bool AllowPrivateAddresses { get; init; }
    public IReadOnlyList<DeadlineOverride> DeadlineOverrides { get; init; } = [];
    public IReadOnlyList<ExpectedAgency> ExpectedAgencies { get; init; } = [];
    public bool Enabled { get; init; } = true;
    public string? Notes { get; init; }
}
