using ReportPipeline.Core.Findings;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Checks.Tests.Support;

internal static class Check
{
    public static readonly DateOnly Today = new(2022, 6, 1);

    public static IReadOnlyList<Finding> Run(ParsedReport report, ParsedReport? previous = null,
        IReadOnlyList<ParsedReport>? peers = null) =>
        new ReportChecker().Check(report, new CheckContext(Today, previous, peers));

    public static IReadOnlyList<Finding> Rule(this IReadOnlyList<Finding> findings, string ruleId) =>
        findings.Where(f => f.Rule == ruleId).ToArray();
}
