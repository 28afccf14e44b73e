namespace ReportPipeline.Checks.Sums;

public enum SumRelation
{
    /// <summary>Σ left = Σ right.</summary>
    Equal,
    /// <summary>Σ left ≥ Σ right.</summary>
    AtLeast,
}
