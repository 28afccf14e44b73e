using System.Text.RegularExpressions;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Consistency;

/// <summary>local.settings.sample.json, the code's options and the function app's Bicep app settings agree.</summary>
public sealed partial class AppSettingsConsistencyTests
{
    private const string AppFile = "infra/app/function-app.bicep";
    private const string SampleFile = "local.settings.sample.json";
    private const string DefaultConnection = "AzureWebJobsStorage";

    /// <summary>Local-only: Flex sets the worker runtime in functionAppConfig; storage is identity-based in Azure.</summary>
    private static readonly HashSet<string> LocalOnly = ["FUNCTIONS_WORKER_RUNTIME", DefaultConnection];

    private static readonly string[] PlatformPrefixes = ["APPLICATIONINSIGHTS_", DefaultConnection + "__"];

    [Fact]
    public void LocalSettingsSample_EveryNonLocalSetting_IsSetInBicepAppSettings()
    {
        var bicep = BicepSettings();
        var missing = JsonFiles.LocalSettingsValues().Keys
            .Where(key => !LocalOnly.Contains(key))
            .Select(key => key.Replace(":", "__", StringComparison.Ordinal))
            .Where(key => !bicep.ContainsKey(key))
            .ToList();
        Assert.True(missing.Count == 0, $"{SampleFile} settings not set by {AppFile} appSettings: {string.Join(", ", missing)}");
    }

    [Fact]
    public void BicepAppSettings_EveryAppSetting_IsDocumentedInLocalSettingsSample()
    {
        var sample = JsonFiles.LocalSettingsValues().Keys.Select(k => k.Replace(":", "__", StringComparison.Ordinal)).ToHashSet();
        var undocumented = AppKeys().Where(key => !sample.Contains(key)).ToList();
        Assert.True(undocumented.Count == 0,
            $"{AppFile} sets settings that {SampleFile} does not list (add them there, or fix the spelling): {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void BicepAndSample_SectionSettings_NameRealOptionsProperties()
    {
        var sections = OptionSections.All;
        Assert.Contains("Smtp", sections.Keys);
        var keys = AppKeys().Concat(JsonFiles.LocalSettingsValues().Keys.Where(k => !LocalOnly.Contains(k)));
        var unknown = keys
            .Select(key => key.Replace(":", "__", StringComparison.Ordinal))
            .Where(key => !IsOptionsProperty(sections, key))
            .Distinct()
            .ToList();
        Assert.True(unknown.Count == 0,
            $"settings that no options class binds (Section__Property, spelled exactly): {string.Join(", ", unknown)}; " +
            $"known sections: {string.Join("; ", sections.Select(s => $"{s.Key}: {string.Join(",", s.Value)}"))}");
    }

    [Fact]
    public void BicepAppSettings_Keys_UseDoubleUnderscoreNotColon()
    {
        var withColon = BicepSettings().Keys.Where(k => k.Contains(':', StringComparison.Ordinal)).ToList();
        Assert.True(withColon.Count == 0, $"{AppFile}: Linux app settings cannot contain ':': {string.Join(", ", withColon)}");
    }

    [Fact]
    public void FunctionConnections_AreIdentityBasedInBicepAndPresentInSample()
    {
        var bicep = BicepSettings();
        var sample = JsonFiles.LocalSettingsValues();
        var connections = FunctionDefinition.LoadAll()
            .SelectMany(f => f.Bindings)
            .Where(b => b.GetProperty("type").GetString() is "queueTrigger" or "blobTrigger" or "queue" or "blob" or "table")
            .Select(b => b.TryGetProperty("connection", out var c) ? c.GetString() ?? DefaultConnection : DefaultConnection)
            .Append(DefaultConnection)
            .Distinct();
        foreach (var connection in connections)
        {
            Assert.True(sample.ContainsKey(connection), $"{SampleFile} has no '{connection}' (used as a binding connection)");
            foreach (var suffix in new[] { "accountName", "blobServiceUri", "queueServiceUri", "tableServiceUri", "clientId" })
            {
                Assert.True(bicep.ContainsKey($"{connection}__{suffix}"), $"{AppFile}: '{connection}__{suffix}' is not set");
            }
            Assert.Equal("'managedidentity'", bicep.GetValueOrDefault($"{connection}__credential"));
        }
    }

    [Fact]
    public void BicepAppSettings_Secrets_AreKeyVaultReferences()
    {
        var secrets = BicepSettings().Where(s => SecretName().IsMatch(s.Key) && !s.Key.StartsWith("APPLICATIONINSIGHTS_", StringComparison.Ordinal)).ToList();
        Assert.Contains(secrets, s => s.Key == "Smtp__Password");
        foreach (var (key, value) in secrets)
        {
            Assert.True(value.StartsWith("'@Microsoft.KeyVault(SecretUri=${", StringComparison.Ordinal),
                $"{AppFile}: {key} must be a Key Vault reference, not {value}");
        }
    }

    private static bool IsOptionsProperty(IReadOnlyDictionary<string, IReadOnlySet<string>> sections, string key)
    {
        if (PlatformPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }
        var parts = key.Split("__");
        return parts.Length == 2 && sections.TryGetValue(parts[0], out var properties) && properties.Contains(parts[1]);
    }

    private static IEnumerable<string> AppKeys() =>
        BicepSettings().Keys.Where(k => !PlatformPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)));

    /// <summary>The appsettings config block: key → the Bicep value expression as written.</summary>
    private static Dictionary<string, string> BicepSettings()
    {
        var file = BicepFile.Load(AppFile);
        var properties = BicepFile.Block(file.BlockAfter("resource appSettings 'config'"), "properties:", AppFile);
        return SettingLine().Matches(properties).ToDictionary(
            m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value,
            m => m.Groups[3].Value.Trim(),
            StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?m)^\s*(?:'([^']+)'|([A-Za-z_][A-Za-z0-9_]*))\s*:\s*(.+)$")]
    private static partial Regex SettingLine();

    [GeneratedRegex("(Password|Secret|SigningKey|ApiKey)$")]
    private static partial Regex SecretName();
}
