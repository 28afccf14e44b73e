using ReportPipeline.Checks.Rules;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Sums;

public sealed class ChannelSumRule() : SumViolationRule(SumKind.Channels)
{
    public override RuleDescriptor Descriptor { get; } = new("sum.channels", Severity.Error,
        "{agency}{year}年度报告主动公开政府信息数超过各渠道公开数之和（{identity}）：{arithmetic}。请核对主动公开总数及各渠道数据。",
        "The deduplicated proactive-disclosure total exceeds the sum of its channels, which is impossible.");
}
