namespace ReportPipeline.Functions.IntegrationTests.Fixtures;

/// <summary>Where the tests find the real dependencies (env overrides, else the dev-services defaults).</summary>
public static class TestEnvironment
{
    public static string StorageConnectionString =>
        Environment.GetEnvironmentVariable("REPORTPIPELINE_TEST_STORAGE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    public static string SmtpHost =>
        Environment.GetEnvironmentVariable("REPORTPIPELINE_TEST_SMTP_HOST") is { Length: > 0 } h ? h : "127.0.0.1";

    public static int SmtpPort =>
        int.TryParse(Environment.GetEnvironmentVariable("REPORTPIPELINE_TEST_SMTP_PORT"), out var p) ? p : 1025;

    public static Uri MaildevWeb => new(
        Environment.GetEnvironmentVariable("REPORTPIPELINE_TEST_SMTP_WEB") is { Length: > 0 } w ? w : "http://127.0.0.1:1080");

    /// <summary>The repository root: the folder holding ReportPipeline.sln, found upwards from the test binaries.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("ReportPipeline.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 12)];

    /// <summary>Settings every handler instance needs in tests (secrets generated per run, never committed).</summary>
    public static Dictionary<string, string?> HandlerSettings(string storageConnectionString) => new()
    {
        ["AzureWebJobsStorage"] = storageConnectionString,
        ["Smtp:Host"] = SmtpHost,
        ["Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "reportpipeline-tests@example.test",
        ["Alerts:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Alerts:RetryDelay"] = "00:00:00",
        ["LocalHost:IdlePollInterval"] = "00:00:00.200",
    };
}
