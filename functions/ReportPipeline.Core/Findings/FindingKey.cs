using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Core.Findings;

/// <summary>Table-safe keys for findings: PartitionKey = agency/year, RowKey = hash of rule + location.</summary>
public static class FindingKey
{
    public static string Of(string agency, int reportYear, string rule, string location) =>
        $"{PartitionKey(agency, reportYear)}|{RowKey(rule, location)}";

    public static string PartitionKey(string agency, int reportYear) => $"{Hex(agency)}-{reportYear}";

    public static string RowKey(string rule, string location) => $"{rule}-{Hex(location)}";

    private static string Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
