namespace ReportPipeline.Checks.Storage;

/// <summary>What an apply changed: keys (<see cref="Core.Findings.FindingKey"/>) of findings opened (new or reopened) and resolved.</summary>
public sealed record FindingChanges(IReadOnlyList<string> Opened, IReadOnlyList<string> Resolved)
{
    public static FindingChanges None { get; } = new([], []);

    public bool Any => Opened.Count > 0 || Resolved.Count > 0;
}
