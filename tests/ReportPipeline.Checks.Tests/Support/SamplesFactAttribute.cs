namespace ReportPipeline.Checks.Tests.Support;

/// <summary>A fact skipped, with the reason, when the opt-in corpus ../shared/samples is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SamplesFactAttribute : FactAttribute
{
    public SamplesFactAttribute()
    {
        if (Samples.Folder is null)
        {
            Skip = "../shared/samples is absent: the opt-in corpus tests need it";
        }
    }
}
