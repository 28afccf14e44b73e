using System.Security.Cryptography;
using System.Text;
using ReportPipeline.Alerts.Unsubscribe;

namespace ReportPipeline.Alerts.State;

/// <summary>Table-safe partition key for a recipient address (addresses may hold characters keys forbid).</summary>
public static class RecipientKey
{
    public static string Of(string recipient) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(UnsubscribeTokens.Normalize(recipient))))[..32];
}
