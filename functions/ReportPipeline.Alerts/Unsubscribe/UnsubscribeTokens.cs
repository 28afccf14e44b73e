using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ReportPipeline.Alerts.Options;

namespace ReportPipeline.Alerts.Unsubscribe;

/// <summary>
/// Signed unsubscribe tokens: base64url("v1\n" + recipient) + "." + base64url(HMAC-SHA256). They never expire (an
/// unsubscribe link in an old email must keep working) and cannot be made for another address without the key.
/// </summary>
public sealed class UnsubscribeTokens(IOptions<AlertsOptions> options)
{
    private const string Version = "v1\n";
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.SigningKey);

    public string Create(string recipient)
    {
        var payload = Encoding.UTF8.GetBytes(Version + Normalize(recipient));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    /// <summary>The recipient the token was made for, or null when it is malformed, altered or forged.</summary>
    public string? Validate(string? token)
    {
        var parts = (token ?? "").Trim().Split('.');
        if (parts.Length != 2 || !TryDecode(parts[0], out var payload) || !TryDecode(parts[1], out var signature))
            return null;
        if (!CryptographicOperations.FixedTimeEquals(Sign(payload), signature))
            return null;
        var text = Encoding.UTF8.GetString(payload);
        return text.StartsWith(Version, StringComparison.Ordinal) && text.Length > Version.Length ? text[Version.Length..] : null;
    }

    public static string Normalize(string recipient) => recipient.Trim().ToLowerInvariant();

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !Base64Url.IsValid(text))
            return false;
        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }
}
