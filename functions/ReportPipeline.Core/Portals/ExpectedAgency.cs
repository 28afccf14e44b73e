using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Portals;

/// <summary>A body expected to publish on a portal every year (absence after the deadline is a finding).</summary>
public sealed record ExpectedAgency(string Name, AgencyLevel Level, int FirstReportYear)
{
    /// <summary>Other spellings seen in report titles ("钟楼区"); the crawler maps them to <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Last report year the body is expected to publish here (inclusive); null = every year from the first.</summary>
    public int? LastReportYear { get; init; }
}
