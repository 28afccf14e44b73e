using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Sums;

public sealed class TotalRule() : SumViolationRule(SumKind.Total)
{
    public override RuleDescriptor Descriptor { get; } = new("sum.total", Severity.Error,
        "{agency}{year}年度报告统计表合计数与分项之和不符（{identity}）：{arithmetic}。请核对并更正。",
        "A total differs from the sum of the rows or columns it adds up by design.");
}
