namespace ReportPipeline.Checks.Tests.Support;

/// <summary>A clock the test sets.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
