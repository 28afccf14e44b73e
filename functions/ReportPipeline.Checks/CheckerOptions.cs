using System.ComponentModel.DataAnnotations;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Checks;

/// <summary>Configuration section "Checker".</summary>
public sealed class CheckerOptions
{
    public const string SectionName = "Checker";

    /// <summary>Days after the deadline before a missing report becomes a <c>missing.report</c> finding.</summary>
    [Range(0, 365)]
    public int MissingGraceDays { get; set; } = 7;

    /// <summary>Estimated Jaccard similarity (0–1) of sentence shingles at which a text counts as copied.</summary>
    [Range(0.1, 1.0)]
    public double CopySimilarityThreshold { get; set; } = 0.8;

    /// <summary>At most this many other agencies' same-year reports are compared for copy detection.</summary>
    [Range(0, 1000)]
    public int MaxPeerReports { get; set; } = 50;

    /// <summary>Relative tolerance for numbers written with 约/余/多 (0.05 = 5 %).</summary>
    [Range(0.0, 0.5)]
    public double ApproximateTolerance { get; set; } = 0.05;

    /// <summary>Publication-date signals further apart than this many days are reported as disagreeing.</summary>
    [Range(0, 365)]
    public int DateDisagreementDays { get; set; } = 2;

    /// <summary>A metric growing or shrinking by this factor year on year is worth a look (cross-year.jump).</summary>
    [Range(2.0, 1000.0)]
    public double JumpFactor { get; set; } = 5.0;

    /// <summary>Jumps are only reported when the larger of the two values reaches this size.</summary>
    [Range(0, 1_000_000)]
    public int JumpMinimum { get; set; } = 20;

    /// <summary>The Findings table (tests use a unique name).</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string FindingsTable { get; set; } = StorageNames.FindingsTable;

    /// <summary>The queue AlertsMessages go to (tests use a unique name).</summary>
    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$")]
    public string AlertsQueue { get; set; } = StorageNames.AlertsQueue;

    /// <summary>An unchanged open finding gets its LastSeen refreshed at most this often (avoids a write per re-check).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan LastSeenRefresh { get; set; } = TimeSpan.FromDays(1);
}
