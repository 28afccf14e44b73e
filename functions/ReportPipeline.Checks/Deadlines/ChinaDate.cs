namespace ReportPipeline.Checks.Deadlines;

/// <summary>Dates as the regulations count them: in China Standard Time.</summary>
public static class ChinaDate
{
    private static readonly TimeZoneInfo _zone = FindZone();

    public static DateOnly Today(TimeProvider time) => Of(time.GetUtcNow());

    public static DateOnly Of(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // China has had no daylight saving since 1991: a fixed offset is exact for every report year.
            return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "CST");
        }
    }
}
