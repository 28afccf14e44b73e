using System.Globalization;
using System.Text;

namespace ReportPipeline.Crawling;

/// <summary>The outcome of crawling one portal: what was found, fetched, skipped (and why), stored and failed.</summary>
public sealed class CrawlReport
{
    public required string PortalId { get; init; }
    public required string RunId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset FinishedAt { get; set; }

    public int ListPagesFetched { get; set; }
    /// <summary>List pages answered 304: the column did not change since the last run.</summary>
    public int ListPagesUnchanged { get; set; }
    /// <summary>Links classified as annual reports (and attachments found on their pages).</summary>
    public int Found { get; set; }
    /// <summary>Report documents fetched with a body (200).</summary>
    public int Fetched { get; set; }
    /// <summary>Report documents unchanged since the last fetch (304, or 200 with the same bytes).</summary>
    public int Unchanged { get; set; }

    public List<SkippedLink> Skipped { get; } = [];
    public List<FailedFetch> Failed { get; } = [];
    public List<StoredDocument> Stored { get; } = [];
    public List<EditedDocument> Edited { get; } = [];

    /// <summary>True when no list page of the portal could be read: the run counts as a failure.</summary>
    public bool PortalFailed { get; set; }
    public string? FailureReason { get; set; }
    /// <summary>Failed runs in a row, this one included (0 after a success).</summary>
    public int ConsecutiveFailures { get; set; }
    /// <summary>ConsecutiveFailures reached CrawlerOptions.FailureThreshold: surface it to the portal's owner.</summary>
    public bool PersistentlyFailing { get; set; }

    public string Summary()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.Append(inv, $"portal {PortalId} (run {RunId}): {Found} found, {Fetched} fetched, {Unchanged} unchanged, ")
         .Append(inv, $"{Stored.Count} stored, {Skipped.Count} skipped, {Failed.Count} failed; ")
         .Append(inv, $"list pages {ListPagesFetched} read, {ListPagesUnchanged} unchanged\n");
        if (PortalFailed) s.Append(inv, $"  PORTAL FAILED ({ConsecutiveFailures} run(s) in a row{(PersistentlyFailing ? ", persistently" : "")}): {FailureReason}\n");
        foreach (var d in Stored) s.Append(inv, $"  stored  {d.BlobName}  {d.Title}{(d.PreviousSha256 is null ? "" : " (new version)")}\n");
        foreach (var e in Edited) s.Append(inv, $"  edited  {e.SourceUrl}: {e.PreviousSha256[..12]} -> {e.NewSha256[..12]}\n");
        foreach (var k in Skipped) s.Append(inv, $"  skipped {k.Url}  {k.Title}: {k.Reason}\n");
        foreach (var f in Failed) s.Append(inv, $"  failed  {f.Url}: {f.Outcome}: {f.Reason}\n");
        return s.ToString();
    }
}
