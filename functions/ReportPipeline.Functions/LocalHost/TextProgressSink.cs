namespace ReportPipeline.Functions.LocalHost;

/// <summary>Progress lines to a writer, stamped with the elapsed time.</summary>
public sealed class TextProgressSink(TextWriter writer, TimeProvider time) : IProgressSink
{
    private readonly long _start = time.GetTimestamp();
    private readonly Lock _gate = new();

    public void Report(string line)
    {
        var elapsed = time.GetElapsedTime(_start);
        lock (_gate)
        {
            writer.WriteLine($"[{elapsed:mm\\:ss\\.f}] {line}");
        }
    }
}
