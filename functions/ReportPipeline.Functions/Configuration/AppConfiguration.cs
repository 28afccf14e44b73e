using Microsoft.Extensions.Configuration;

namespace ReportPipeline.Functions.Configuration;

/// <summary>
/// The configuration every mode uses, lowest precedence first: local.settings.json Values, environment
/// variables (Azure app settings), then explicit overrides (tests, command-line).
/// </summary>
public static class AppConfiguration
{
    public static void Apply(IConfigurationBuilder builder, string? root,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        builder.Sources.Clear();
        builder.AddInMemoryCollection(LocalSettings.Read(root));
        builder.AddEnvironmentVariables();
        if (root is not null)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?> { [RootKey] = root });
        }

        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        PointCrawlerAtMovedDemoPortal(builder);
    }

    /// <summary>
    /// portals.demo.json names the demo portal's default port; when DemoPortal:Port moves it, the crawler must follow
    /// (unless Crawler:DemoPortalBaseUrl says otherwise).
    /// </summary>
    private static void PointCrawlerAtMovedDemoPortal(IConfigurationBuilder builder)
    {
        var settings = builder.Build();
        if (settings[DemoPortalPortKey] is { Length: > 0 } port && port != "0"
            && string.IsNullOrEmpty(settings[DemoPortalBaseUrlKey]))
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?> { [DemoPortalBaseUrlKey] = $"http://127.0.0.1:{port}/" });
        }
    }

    private const string DemoPortalPortKey = "DemoPortal:Port";
    private const string DemoPortalBaseUrlKey = "Crawler:DemoPortalBaseUrl";

    public static IConfiguration Build(string? root, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder();
        Apply(builder, root, overrides);
        return builder.Build();
    }

    /// <summary>Configuration key holding the app root (where host.json, portals.json etc. are found).</summary>
    public const string RootKey = "ReportPipeline:Root";
}
