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

    /// <summary>True for the embedded demo portal: the local host starts DemoPortalServer before crawling it.</summary>
    public bool Demo { get; init; }
    /// <summary>Charset to assume when neither the HTTP header nor a meta tag names one ("gbk", "utf-8").</summary>
    public string? EncodingHint { get; init; }
    /// <summary>Caps the list pages followed per list URL (index.html, index_1.html, …); null = CrawlerOptions.MaxPagesPerList.</summary>
    public int? MaxPages { get; init; }
    /// <summary>Selectors for Family "generic" (and optional overrides for the others).</summary>
    public ListSelectors? Selectors { get; init; }
    /// <summary>Other spellings of <see cref="Agency"/> in link titles ("钟楼区", "常州市钟楼区").</summary>
    public IReadOnlyList<string> AgencyAliases { get; init; } = [];
    /// <summary>Superior bodies whose reports this portal reposts; such links are marked as reposts.</summary>
    public IReadOnlyList<string> SuperiorAgencies { get; init; } = [];
    /// <summary>Minimum hours between two crawls of this portal (the timer fans out only due portals).</summary>
    public double CrawlIntervalHours { get; init; } = 20;
}
