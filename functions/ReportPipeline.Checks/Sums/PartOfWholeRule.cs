using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Sums;

public sealed class PartOfWholeRule() : SumViolationRule(SumKind.PartOfWhole)
{
    public override RuleDescriptor Descriptor { get; } = new("sum.part-of-whole", Severity.Error,
        "{agency}{year}年度报告统计表中“其中”项大于总数（{identity}）：{arithmetic}。请核对。",
        "A '其中' (of which) row is larger than the whole it belongs to.");
}
