namespace ReportPipeline.Checks.Sums;

/// <summary>One declarative equation or inequality over canonical cell ids.</summary>
/// <param name="Id">Stable id, used as the finding's location ("applications.identity.natural").</param>
/// <param name="Description">Chinese wording of the identity, quoted in findings.</param>
public sealed record SumIdentity(
    string Id,
    SumKind Kind,
    IReadOnlyList<string> Left,
    SumRelation Relation,
    IReadOnlyList<string> Right,
    string Description)
{
    public IEnumerable<string> AllCells => Left.Concat(Right);
}
