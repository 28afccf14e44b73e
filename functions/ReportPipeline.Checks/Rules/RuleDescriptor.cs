using System.Text;
using ReportPipeline.Core.Findings;

namespace ReportPipeline.Checks.Rules;

/// <summary>
/// A rule as officers and docs see it. <see cref="Severity"/> is the highest severity the rule emits
/// (approximate numbers and scope differences may lower it).
/// </summary>
/// <param name="Id">Stable id with its family prefix, e.g. "sum.identity".</param>
/// <param name="MessageTemplate">Chinese message with {placeholders}.</param>
/// <param name="Gloss">What the rule means, in English.</param>
public sealed record RuleDescriptor(string Id, Severity Severity, string MessageTemplate, string Gloss)
{
    public static IReadOnlyList<string> Families { get; } =
        ["deadline", "missing", "sum", "text-table", "narrative", "cross-year", "completeness", "copy", "integrity"];

    public string Family => Id[..Id.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>Fills the template's {name} placeholders; unknown placeholders stay visible so tests catch them.</summary>
    public string Format(IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder(MessageTemplate);
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", value);
        }
        return text.ToString();
    }
}
