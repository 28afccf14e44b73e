namespace ReportPipeline.Core.Model;

/// <summary>One piece of evidence for when a report was published.</summary>
/// <param name="Source">What was read: the matched text, the meta tag, the URL or the header.</param>
public sealed record DateSignal(DateOnly Date, DateEvidenceKind Kind, string Source);
