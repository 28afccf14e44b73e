using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Parsing.Storage;

/// <summary>Keys and blob names of stored reports. Reports: PK = hash of the agency, RK = "{year}-{reportId}".</summary>
public static class ReportKeys
{
    /// <summary>Agency recorded when neither the text nor the fetch metadata names one.</summary>
    public const string UnknownAgency = "未知";

    public static string PartitionKey(string? agency) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.IsNullOrWhiteSpace(agency) ? UnknownAgency : agency.Trim())))[..32];

    public static string RowKey(int? reportYear, string reportId) => $"{reportYear ?? 0:D4}-{reportId}";

    /// <summary>The full model as JSON in the parsed container.</summary>
    public static string ParsedBlobName(string reportId) => $"reports/{reportId}.json";

    /// <summary>A section's full text in the parsed container, when it is longer than the row's preview.</summary>
    public static string SectionBlobName(string reportId, int index) => $"reports/{reportId}/sections/{index:D3}.txt";

    public static string ReportId(ReadOnlySpan<byte> rawContent) => Convert.ToHexStringLower(SHA256.HashData(rawContent));
}
