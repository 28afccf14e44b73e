using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Tests.Support;

/// <summary>For one rule: a situation where it must fire and a close one where it must not.</summary>
internal sealed record RuleCase(string RuleId, Func<IReadOnlyList<Finding>> Fires, Func<IReadOnlyList<Finding>> Clean);
