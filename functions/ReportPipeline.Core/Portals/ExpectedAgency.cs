using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Portals;

/// <summary>A body expected to publish on a portal every year (absence after the deadline is a finding).</summary>
public sealed record ExpectedAgency(string Name, AgencyLevel Level, int FirstReportYear);
