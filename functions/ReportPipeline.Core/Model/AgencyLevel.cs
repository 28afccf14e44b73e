using System.Text.Json.Serialization;

namespace ReportPipeline.Core.Model;

/// <summary>The publishing body's level, which decides its legal deadline (DOMAIN.md §2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgencyLevel>))]
public enum AgencyLevel
{
    /// <summary>县级以上地方人民政府 (its report is published by the 办公厅/室).</summary>
    [JsonStringEnumMemberName("government")] Government,
    /// <summary>县级以上人民政府部门.</summary>
    [JsonStringEnumMemberName("department")] Department,
    /// <summary>乡镇, 开发区管委会 and other bodies not named in 第四十九条.</summary>
    [JsonStringEnumMemberName("other")] Other,
}
