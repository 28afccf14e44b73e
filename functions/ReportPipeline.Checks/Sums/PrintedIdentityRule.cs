using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Sums;

public sealed class PrintedIdentityRule() : SumViolationRule(SumKind.PrintedIdentity)
{
    public override RuleDescriptor Descriptor { get; } = new("sum.identity", Severity.Error,
        "{agency}{year}年度报告申请情况表不满足表头勾稽关系（{identity}）：{arithmetic}。请核对并更正相关数据。",
        "The applications table breaks the identity printed in its own header (new + carried over = total + carried forward).");
}
