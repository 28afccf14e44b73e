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

    private static bool Uses2021Rows(CheckSubject subject) =>
        subject.Report.Format == ReportFormat.Standard2021
        || subject.Cells.Keys.Any(k => k.StartsWith($"{CanonicalTable.Applications}.other.1.", StringComparison.Ordinal));
}
