using NCrontab;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>A timer function's NCRONTAB schedule (six fields, seconds first; evaluated in UTC as on Linux plans).</summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule _schedule;

    public TimerSchedule(FunctionDefinition function, Func<string, string?> setting)
    {
        Function = function;
        var expression = function.Schedule ?? throw new InvalidDataException($"{function.Name} has no schedule");
        if (expression.StartsWith('%') && expression.EndsWith('%'))
        {
            var name = expression.Trim('%');
            expression = setting(name) ?? throw new InvalidDataException(
                $"{function.Name}: schedule setting {name} is not set");
        }

        _schedule = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new InvalidDataException($"{function.Name}: '{expression}' is not a six-field NCRONTAB expression");
    }

    public FunctionDefinition Function { get; }

    public DateTimeOffset NextAfter(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(_schedule.GetNextOccurrence(instant.UtcDateTime), DateTimeKind.Utc));

    /// <summary>First run of the day after midnight: orders daily timers (crawl before sweep before digest).</summary>
    public TimeSpan TimeOfDay => NextAfter(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)).TimeOfDay;
}
