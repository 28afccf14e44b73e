using System.Text;

namespace ReportPipeline.Parsing.Tests.Storage;

/// <summary>A seed report made unique (an extra closing line) so its content-hash report id belongs to one test.</summary>
internal static class UniqueSeed
{
    public static byte[] Bytes(string seed, out string marker)
    {
        marker = $"测试标记{Guid.NewGuid():N}";
        return Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Seed(seed)) + "\n" + marker + "\n");
    }
}
