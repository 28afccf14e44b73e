using System.Collections.Concurrent;
using ReportPipeline.Functions.LocalHost;

namespace ReportPipeline.Functions.IntegrationTests.Fixtures;

public sealed class ListProgressSink : IProgressSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Report(string line) => _lines.Enqueue(line);
}
