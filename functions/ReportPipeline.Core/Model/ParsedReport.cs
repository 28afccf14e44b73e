namespace ReportPipeline.Core.Model;

/// <summary>Everything the parser read from one document. Serialised camelCase by the CLI and stored in tables.</summary>
public sealed record ParsedReport
{
    /// <summary>Content hash of the raw bytes (hex); the same bytes always give the same id.</summary>
    public required string ReportId { get; init; }
    public string? SourceUrl { get; init; }
    public required string Title { get; init; }
    /// <summary>The publishing body, e.g. "常州市钟楼区人民政府".</summary>
    public string? Agency { get; init; }
    public AgencyLevel AgencyLevel { get; init; } = AgencyLevel.Other;
    public string? Region { get; init; }
    public int? ReportYear { get; init; }
    public StatisticsPeriod? StatisticsPeriod { get; init; }
    /// <summary>The date that decided, chosen by trust order from <see cref="DateSignals"/>.</summary>
    public DateSignal? PublishedOn { get; init; }
    public IReadOnlyList<DateSignal> DateSignals { get; init; } = [];
    public ReportFormat Format { get; init; }
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];
    /// <summary>Section names the introduction says the report contains ("本年报由概述，……六部分组成").</summary>
    public IReadOnlyList<string> AnnouncedSections { get; init; } = [];
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];
    /// <summary>Summary metrics keyed by <see cref="Canonical.MetricIds"/>.</summary>
    public IReadOnlyDictionary<string, MetricValue> Metrics { get; init; } = new Dictionary<string, MetricValue>();
    public IReadOnlyList<NarrativeNumber> NarrativeNumbers { get; init; } = [];
    /// <summary>The main content as plain text (after chrome and residue removal); offsets refer to it.</summary>
    public string Text { get; init; } = "";
    /// <summary>Text the parser dropped as page chrome (navigation, footer): kept for integrity checks.</summary>
    public string ChromeText { get; init; } = "";
    /// <summary>Suspicious raw HTML fragments (hidden elements, off-site links) kept for integrity checks.</summary>
    public IReadOnlyList<string> HiddenFragments { get; init; } = [];
    public required string ParserVersion { get; init; }
    /// <summary>Things the parser noticed but could not resolve, in plain words.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
