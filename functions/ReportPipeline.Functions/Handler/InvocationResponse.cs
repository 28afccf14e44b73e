namespace ReportPipeline.Functions.Handler;

/// <summary>The custom-handler response body: output binding values, invocation log lines and the $return value.</summary>
public sealed class InvocationResponse
{
    public Dictionary<string, object?> Outputs { get; init; } = new(StringComparer.Ordinal);

    public List<string> Logs { get; init; } = [];

    public object? ReturnValue { get; init; }

    public static InvocationResponse WithLog(string line) => new() { Logs = { line } };
}
