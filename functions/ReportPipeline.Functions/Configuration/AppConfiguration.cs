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
    }

    public static IConfiguration Build(string? root, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder();
        Apply(builder, root, overrides);
        return builder.Build();
    }

    /// <summary>Configuration key holding the app root (where host.json, portals.json etc. are found).</summary>
    public const string RootKey = "ReportPipeline:Root";
}
