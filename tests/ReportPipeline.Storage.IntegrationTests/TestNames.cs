namespace ReportPipeline.Storage.IntegrationTests;

/// <summary>Unique resource names so parallel tests and engineers sharing one Azurite never collide.</summary>
internal static class TestNames
{
    public static string Container(string purpose) => $"t-{purpose}-{Suffix()}";

    public static string Queue(string purpose) => $"t-{purpose}-{Suffix()}";

    public static string Table(string purpose) => $"T{purpose}{Suffix()}";

    private static string Suffix() => Guid.NewGuid().ToString("N")[..12];
}
