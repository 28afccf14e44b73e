namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>Where the shared dev services are (env overrides, else the defaults of scripts/dev-services.sh).</summary>
internal static class DevServices
{
    public static string SmtpHost => Env("REPORTPIPELINE_TEST_SMTP_HOST") ?? "127.0.0.1";
    public static int SmtpPort => int.TryParse(Env("REPORTPIPELINE_TEST_SMTP_PORT"), out var port) ? port : 1025;
    public static string MailDevWeb => Env("REPORTPIPELINE_TEST_SMTP_WEB") ?? "http://127.0.0.1:1080";

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
}
