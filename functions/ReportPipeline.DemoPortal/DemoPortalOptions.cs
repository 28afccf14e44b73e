using System.ComponentModel.DataAnnotations;

namespace ReportPipeline.DemoPortal;

/// <summary>Configuration section "DemoPortal": where the local host runs the demo portal.</summary>
public sealed class DemoPortalOptions
{
    public const string SectionName = "DemoPortal";

    /// <summary>Loopback port (127.0.0.1 only); 0 picks a free one. portals.demo.json assumes 5089.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5089;
}
