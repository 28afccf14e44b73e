using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Alerts.Outbox;
using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Reports;
using ReportPipeline.Functions.Handler;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>What `host --once` prints at the end: this run's invocations and the state of the stores.</summary>
public sealed record RunSummary(
    int PortalsCrawled,
    int NewRawBlobs,
    int ReportsParsedThisRun,
    int ReportsStored,
    int ChecksRun,
    StoreCounts Stores,
    RunStats Stats)
{
    public IReadOnlyList<string> PoisonedThisRun => Stats.PoisonedMessages;

    public int EmailsSent => Stores.Outbox.GetValueOrDefault(OutboxStatus.Sent);

    public int OpenFindings(Severity severity) => Stores.OpenFindings.GetValueOrDefault(severity);

    public static async Task<RunSummary> CollectAsync(IServiceProvider services, RunStats stats, CancellationToken ct)
    {
        var reports = 0;
        await foreach (var _ in services.GetRequiredService<IParsedReportRepository>().ListAsync(cancellationToken: ct))
        {
            reports++;
        }

        return new RunSummary(
            stats.SucceededCount(FunctionNames.CrawlPortal),
            stats.BlobEvents,
            stats.SucceededCount(FunctionNames.ParseReport),
            reports,
            stats.SucceededCount(FunctionNames.CheckReport),
            await StoreCounts.ReadAsync(services, ct),
            stats);
    }

    public string Render()
    {
        var text = new StringBuilder().AppendLine().AppendLine("==== ReportPipeline run summary ====");
        Line(text, "portals crawled", $"{PortalsCrawled}{Failures(FunctionNames.CrawlPortal)}");
        Line(text, "raw documents stored", $"{NewRawBlobs} new this run (blob events)");
        Line(text, "reports parsed", $"{ReportsParsedThisRun} this run{Failures(FunctionNames.ParseReport)}; {ReportsStored} in the Reports table");
        Line(text, "reports checked", $"{ChecksRun} this run{Failures(FunctionNames.CheckReport)}");
        Line(text, "open findings", $"{OpenFindings(Severity.Error)} error, {OpenFindings(Severity.Warning)} warning, {OpenFindings(Severity.Info)} info");
        Line(text, "emails", $"{EmailsSent} sent, {Stores.Outbox.GetValueOrDefault(OutboxStatus.Pending)} pending, " +
            $"{Stores.Outbox.GetValueOrDefault(OutboxStatus.Failed)} failed (outbox, all runs)");
        Line(text, "poison messages", $"{PoisonedThisRun.Count} this run; in poison queues now: " +
            string.Join(", ", Stores.PoisonQueues.Select(p => $"{p.Key} {p.Value}")));
        foreach (var poisoned in PoisonedThisRun)
        {
            text.Append("    - ").AppendLine(poisoned);
        }

        return text.ToString();
    }

    private string Failures(string function) =>
        Stats.FailedCount(function) is var n and > 0 ? $" ({n} failed attempt(s))" : "";

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append("  ").Append(label.PadRight(22)).AppendLine(value);
}
