using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Messages;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks.Storage;

/// <summary>The Findings table row: PK = agency/year, RK = rule/location, the finding JSON plus queryable columns.</summary>
internal static class FindingEntity
{
    public const string FindingJson = "Finding";
    public const string Status = "Status";
    public const string FirstSeen = "FirstSeen";
    public const string LastSeen = "LastSeen";
    public const string ResolvedAt = "ResolvedAt";
    public const string Severity = "Severity";
    public const string Rule = "Rule";
    public const string Agency = "Agency";
    public const string ReportYear = "ReportYear";
    public const string Location = "Location";
    public const string ReportId = "ReportId";

    public static TableEntity Create(Finding finding, string json, FindingStatus status, DateTimeOffset firstSeen,
        DateTimeOffset lastSeen, DateTimeOffset? resolvedAt)
    {
        var entity = new TableEntity(FindingKey.PartitionKey(finding.Agency, finding.ReportYear),
            FindingKey.RowKey(finding.Rule, finding.Location))
        {
            [FindingJson] = json,
            [Status] = Name(status),
            [FirstSeen] = firstSeen,
            [LastSeen] = lastSeen,
            [Severity] = finding.Severity.ToString().ToLowerInvariant(),
            [Rule] = finding.Rule,
            [Agency] = finding.Agency,
            [ReportYear] = finding.ReportYear,
            [Location] = finding.Location,
        };
        if (resolvedAt is { } resolved)
        {
            entity[ResolvedAt] = resolved;
        }
        if (finding.ReportId is { } reportId)
        {
            entity[ReportId] = reportId;
        }
        return entity;
    }

    public static FindingRecord ToRecord(TableEntity entity) => new(
        PipelineJson.Deserialize<Finding>(entity.GetString(FindingJson) ?? "null"),
        StatusOf(entity),
        entity.GetDateTimeOffset(FirstSeen) ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset(LastSeen) ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset(ResolvedAt));

    public static FindingStatus StatusOf(TableEntity entity) =>
        entity.GetString(Status) == Name(FindingStatus.Resolved) ? FindingStatus.Resolved : FindingStatus.Open;

    public static string Name(FindingStatus status) => status == FindingStatus.Open ? "open" : "resolved";
}
