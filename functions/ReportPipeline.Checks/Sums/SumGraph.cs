using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Canonical;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Sums;

/// <summary>The declarative sum graph of every standard table; evaluated generically by <see cref="SumEvaluator"/>.</summary>
public static class SumGraph
{
    public static IReadOnlyList<SumIdentity> Applications2019 { get; } = ApplicationsSums.Build(is2021: false).ToArray();
    public static IReadOnlyList<SumIdentity> Applications2021 { get; } = ApplicationsSums.Build(is2021: true).ToArray();
    public static IReadOnlyList<SumIdentity> Review { get; } = ReviewSums.Build().ToArray();
    public static IReadOnlyList<SumIdentity> Stats2008 { get; } = Stats2008Sums.Build().ToArray();

    /// <summary>The identities that apply to this report's tables.</summary>
    public static IReadOnlyList<SumIdentity> For(CheckSubject subject) =>
        [.. Uses2021Rows(subject) ? Applications2021 : Applications2019, .. Review, .. Stats2008];

    /// <summary>
    /// Which （六）其他处理 rows the table has: three sub-rows (2021) or one row (2019). Real 2021-format reports
    /// sometimes print the single 2019 row, so the cells decide before the format does.
    /// </summary>
    private static bool Uses2021Rows(CheckSubject subject)
    {
        var other = $"{CanonicalTable.Applications}.{ApplicationsTable.Other2019}.";
        if (subject.Cells.Keys.Any(k => k.StartsWith(other + "1.", StringComparison.Ordinal)))
        {
            return true;
        }
        return !ApplicationsTable.Columns.Any(c => subject.Cells.ContainsKey(other + c))
            && subject.Report.Format == ReportFormat.Standard2021;
    }
}
