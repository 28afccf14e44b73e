using System.Globalization;
using System.Text.Json;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Reports;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Parsing.Storage;

/// <summary>Table rows of a parsed report: its Reports index row, and its Sections, Cells and Metrics rows.</summary>
internal static class ReportEntities
{
    public static TableEntity Report(ParsedReport report, string rawBlobName, DateTimeOffset parsedAt)
    {
        var e = new TableEntity(ReportKeys.PartitionKey(report.Agency), ReportKeys.RowKey(report.ReportYear, report.ReportId));
        e["ReportId"] = report.ReportId;
        e["Agency"] = report.Agency ?? ReportKeys.UnknownAgency;
        e["AgencyLevel"] = EnumText(report.AgencyLevel);
        e["ReportYear"] = report.ReportYear ?? 0;
        e["Format"] = EnumText(report.Format);
        e["Title"] = EntityText.Cap(report.Title, 2000);
        e["SourceUrl"] = EntityText.Cap(report.SourceUrl, 4000);
        e["PublishedOn"] = report.PublishedOn?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        e["PublishedOnEvidence"] = report.PublishedOn is null ? null : EnumText(report.PublishedOn.Kind);
        e["RawBlobName"] = rawBlobName;
        e["ParserVersion"] = report.ParserVersion;
        e["ParsedAt"] = parsedAt;
        e["ParsedBlobName"] = ReportKeys.ParsedBlobName(report.ReportId);
        e["SectionCount"] = report.Sections.Count;
        e["TableCount"] = report.Tables.Count;
        e["WarningCount"] = report.Warnings.Count;
        return e;
    }

    public static TableEntity Section(string reportId, int index, ReportSection s)
    {
        var e = new TableEntity(reportId, index.ToString("D3", CultureInfo.InvariantCulture));
        e["Number"] = s.Number;
        e["Heading"] = EntityText.Cap(s.Heading, 1000);
        e["Level"] = s.Level;
        e["Start"] = s.Start;
        e["End"] = s.End;
        e["TextLength"] = s.Text.Length;
        e["Preview"] = EntityText.Cap(s.Text, EntityText.Preview);
        e["TextBlobName"] = s.Text.Length > EntityText.Preview ? ReportKeys.SectionBlobName(reportId, index) : null;
        return e;
    }

    public static TableEntity Cell(string reportId, string rowKey, ReportTable table, string cellId, CellValue value)
    {
        var e = new TableEntity(reportId, rowKey);
        e["Raw"] = EntityText.Cap(value.Raw, 1000);
        e["Value"] = value.Value is null ? null : (double)value.Value.Value;
        e["Approximate"] = value.Approximate;
        e["TableIndex"] = table.Index;
        e["TableKind"] = table.Kind;
        e["Label"] = EntityText.Cap(table.Labels.GetValueOrDefault(cellId), 1000);
        return e;
    }

    public static TableEntity Metric(string reportId, string metricId, MetricValue m)
    {
        var e = new TableEntity(reportId, metricId);
        e["Value"] = (double)m.Value;
        e["Source"] = m.Source;
        e["Evidence"] = EntityText.Cap(m.Evidence, 4000);
        e["Approximate"] = m.Approximate;
        return e;
    }

    public static ReportIndexEntry ToIndexEntry(TableEntity e) => new(
        e.GetString("ReportId") ?? "",
        e.GetString("Agency") ?? ReportKeys.UnknownAgency,
        (int)(e.GetInt64("ReportYear") ?? 0),
        ParseEnum<ReportFormat>(e.GetString("Format")),
        e.GetString("Title") ?? "",
        e.GetString("SourceUrl"),
        DateOnly.TryParseExact(e.GetString("PublishedOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
        e.GetString("RawBlobName") ?? "",
        e.GetString("ParserVersion") ?? "",
        e.GetDateTimeOffset("ParsedAt") ?? DateTimeOffset.MinValue);

    public static string EnumText<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value).Trim('"');

    private static T ParseEnum<T>(string? text) where T : struct, Enum =>
        text is null ? default : JsonSerializer.Deserialize<T>($"\"{text}\"");
}
