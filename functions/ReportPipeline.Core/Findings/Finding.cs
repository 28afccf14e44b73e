namespace ReportPipeline.Core.Findings;

/// <summary>One problem found with one agency's report (or its absence) for one year.</summary>
/// <param name="Rule">Stable rule id with its family prefix, e.g. "sum.applications-identity".</param>
/// <param name="Message">Chinese, actionable, forwardable to the agency.</param>
/// <param name="Location">Where in the report (cell id, section number, "page"); part of the finding's key.</param>
/// <param name="ReportId">The report checked, or null for a missing report.</param>
public sealed record Finding(
    string Rule,
    Severity Severity,
    string Message,
    Evidence Evidence,
    string Agency,
    int ReportYear,
    string Location,
    string? ReportId = null)
{
    /// <summary>Stable key: agency/year/rule/location, the identity of a finding across re-checks.</summary>
    public string Key => FindingKey.Of(Agency, ReportYear, Rule, Location);
}
