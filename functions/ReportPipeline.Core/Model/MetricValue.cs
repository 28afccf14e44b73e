namespace ReportPipeline.Core.Model;

/// <summary>A summary metric (<see cref="Canonical.MetricIds"/>) and where it was read.</summary>
/// <param name="Source">"table" or "narrative".</param>
/// <param name="Evidence">The cell ids or the sentence it was read from.</param>
public sealed record MetricValue(decimal Value, string Source, string Evidence, bool Approximate = false);
