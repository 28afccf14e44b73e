using System.Globalization;
using System.Text;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Functions.Cli;

/// <summary>`parse` without --json: a human summary of the parsed model.</summary>
public static class ReportSummaryWriter
{
    public static string Write(ParsedReport report)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"title        {report.Title}");
        text.AppendLine(inv, $"agency       {report.Agency ?? "(unknown)"} ({report.AgencyLevel})");
        text.AppendLine(inv, $"report year  {report.ReportYear?.ToString(inv) ?? "(unknown)"}");
        text.AppendLine(inv, $"format       {report.Format}");
        text.AppendLine(inv, $"published    {(report.PublishedOn is { } d ? $"{d.Date:yyyy-MM-dd} ({d.Kind}: {d.Source})" : "(no date evidence)")}");
        text.AppendLine(inv, $"sections     {report.Sections.Count(s => s.Level == 1)} top-level");
        foreach (var section in report.Sections.Where(s => s.Level == 1))
        {
            text.AppendLine(inv, $"  {section.Number} {section.Heading}");
        }

        text.AppendLine(inv, $"tables       {report.Tables.Count}");
        foreach (var table in report.Tables)
        {
            text.AppendLine(inv, $"  #{table.Index} {table.Kind}: {table.Grid.Count} rows, {table.Cells.Count} canonical cells");
        }

        text.AppendLine(inv, $"metrics      {report.Metrics.Count}");
        foreach (var (id, metric) in report.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            text.AppendLine(inv, $"  {id} = {metric.Value}{(metric.Approximate ? " (approx.)" : "")} [{metric.Source}]");
        }

        foreach (var warning in report.Warnings)
        {
            text.AppendLine(inv, $"warning      {warning}");
        }

        return text.ToString();
    }
}
