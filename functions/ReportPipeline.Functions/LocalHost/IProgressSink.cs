namespace ReportPipeline.Functions.LocalHost;

/// <summary>Where the local host reports progress lines (the console in the CLI, a list in tests).</summary>
public interface IProgressSink
{
    void Report(string line);
}
