namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>Unique names so parallel tests and engineers sharing Azurite and maildev never collide.</summary>
internal static class TestNames
{
    public static string Suffix() => Guid.NewGuid().ToString("N")[..10];

    public static string Table(string purpose) => $"T{purpose}{Suffix()}";

    public static string Container(string purpose) => $"t-{purpose}-{Suffix()}";

    public static string Recipient(string purpose) => $"{purpose}-{Suffix()}@alerts-test.example.gov.cn";
}
