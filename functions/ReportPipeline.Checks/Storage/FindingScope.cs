namespace ReportPipeline.Checks.Storage;

/// <summary>
/// Which open findings an apply may resolve: a report check owns every rule except <c>missing.</c>; the deadline
/// sweep owns only <c>missing.</c>. Any other scope is a rule-id prefix.
/// </summary>
public static class FindingScope
{
    public const string Report = "report";
    public const string Missing = "missing";

    public static bool Covers(string scope, string ruleId) => scope switch
    {
        Report => !ruleId.StartsWith("missing.", StringComparison.Ordinal),
        Missing => ruleId.StartsWith("missing.", StringComparison.Ordinal),
        _ => ruleId.StartsWith(scope, StringComparison.Ordinal),
    };
}
