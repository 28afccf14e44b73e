using System.Globalization;
using ReportPipeline.Checks.Rules;

namespace ReportPipeline.Checks.Sums;

/// <summary>Evaluates identities over a report's cells: both sides, missing contributors, approximate tolerance.</summary>
public static class SumEvaluator
{
    public static IReadOnlyList<SumOutcome> Evaluate(IReadOnlyList<SumIdentity> identities, CheckSubject subject) =>
        identities.Select(i => Evaluate(i, subject)).ToArray();

    public static SumOutcome Evaluate(SumIdentity identity, CheckSubject subject)
    {
        var cells = subject.Cells;
        var printed = identity.AllCells.Where(cells.ContainsKey).Distinct()
            .ToDictionary(id => id, id => cells[id].Raw, StringComparer.Ordinal);
        if (!identity.Left.Any(cells.ContainsKey) || !identity.Right.Any(cells.ContainsKey))
        {
            return new SumOutcome(identity, SumStatus.Absent, null, null, [], false, printed, "");
        }
        var missing = identity.AllCells.Where(id => subject.Value(id) is null).Distinct().ToArray();
        if (missing.Length > 0)
        {
            return new SumOutcome(identity, SumStatus.Incomplete, null, null, missing, false, printed, "");
        }
        var left = identity.Left.Sum(id => subject.Value(id)!.Value);
        var right = identity.Right.Sum(id => subject.Value(id)!.Value);
        var approximate = identity.AllCells.Any(id => cells[id].Approximate);
        var holds = Holds(identity.Relation, left, right, approximate ? subject.Options.ApproximateTolerance : 0);
        return new SumOutcome(identity, holds ? SumStatus.Holds : SumStatus.Violated, left, right, [], approximate,
            printed, Arithmetic(identity, subject, left, right));
    }

    private static bool Holds(SumRelation relation, decimal left, decimal right, double tolerance)
    {
        var slack = (decimal)tolerance * Math.Max(Math.Abs(left), Math.Abs(right));
        return relation == SumRelation.Equal ? Math.Abs(left - right) <= slack : left + slack >= right;
    }

    private static string Arithmetic(SumIdentity identity, CheckSubject subject, decimal left, decimal right)
    {
        var sign = left == right ? "=" : left > right ? ">" : "<";
        return $"{Side(identity.Left, subject, left)} {sign} {Side(identity.Right, subject, right)}";
    }

    private static string Side(IReadOnlyList<string> ids, CheckSubject subject, decimal sum) =>
        ids.Count == 1
            ? Format(sum)
            : string.Join(" + ", ids.Select(id => Format(subject.Value(id)!.Value))) + " = " + Format(sum);

    internal static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
