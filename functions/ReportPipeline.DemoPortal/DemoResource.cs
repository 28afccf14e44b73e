using System.Security.Cryptography;

namespace ReportPipeline.DemoPortal;

/// <summary>A prebuilt response: bytes, Content-Type, a strong ETag and a Last-Modified date.</summary>
public sealed record DemoResource(byte[] Body, string ContentType, DateOnly Modified)
{
    public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(Body))[..16] + "\"";
}
