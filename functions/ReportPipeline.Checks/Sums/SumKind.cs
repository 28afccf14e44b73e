namespace ReportPipeline.Checks.Sums;

/// <summary>Which family of table arithmetic an identity belongs to; each kind has its own rule id.</summary>
public enum SumKind
{
    /// <summary>The identity printed in the table header: 一 + 二 = （七）总计 + 四.</summary>
    PrintedIdentity,
    /// <summary>A total that is the sum of its rows or columns by design.</summary>
    Total,
    /// <summary>Channels add up to at least the deduplicated total (one item published via several channels counts once).</summary>
    Channels,
    /// <summary>A "其中" row cannot exceed its whole.</summary>
    PartOfWhole,
}
