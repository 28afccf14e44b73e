namespace ReportPipeline.Checks.Sums;

/// <summary>One declarative equation or inequality over canonical cell ids.</summary>
/// <param name="Id">Stable id, used as the finding's location ("applications.identity.natural").</param>
/// <param name="Description">Chinese wording of the identity, quoted in findings.</param>
/// <param name="Group">Identities repeated per column or row share a group ("applications.results"), so one blank
/// row gives one completeness finding rather than seven.</param>
public sealed record SumIdentity(
    string Id,
    SumKind Kind,
    IReadOnlyList<string> Left,
    SumRelation Relation,
    IReadOnlyList<string> Right,
    string Description,
    string? Group = null)
{
    public string GroupId => Group ?? Id;

    public IEnumerable<string> AllCells => Left.Concat(Right);
}
