namespace ReportPipeline.Parsing.Tests;

/// <summary>A fact that is skipped, with the reason, when ../shared/samples is absent (the opt-in corpus).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public const string SkipReason = "../shared/samples is absent: the opt-in corpus tests need it";

    public CorpusFactAttribute()
    {
        if (RepoPaths.Samples is null) Skip = SkipReason;
    }
}

/// <summary>A theory that is skipped when ../shared/samples is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (RepoPaths.Samples is null) Skip = CorpusFactAttribute.SkipReason;
    }
}
