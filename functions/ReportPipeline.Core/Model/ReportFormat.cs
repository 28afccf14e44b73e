using System.Text.Json.Serialization;

namespace ReportPipeline.Core.Model;

/// <summary>Which template a report follows (DOMAIN.md §3).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportFormat>))]
public enum ReportFormat
{
    [JsonStringEnumMemberName("unknown")] Unknown,
    /// <summary>2008-era narrative, report years up to 2018.</summary>
    [JsonStringEnumMemberName("narrative-2008")] Narrative2008,
    /// <summary>国办公开办函〔2019〕60号 trial format, report years 2019–2020.</summary>
    [JsonStringEnumMemberName("standard-2019")] Standard2019,
    /// <summary>国办公开办函〔2021〕30号 format, report year 2021 on.</summary>
    [JsonStringEnumMemberName("standard-2021")] Standard2021,
}
