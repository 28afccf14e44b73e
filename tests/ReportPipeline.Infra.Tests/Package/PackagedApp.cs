using System.Diagnostics;
using System.Security.Cryptography;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Package;

/// <summary>
/// Starts the unpacked executable as Azure would: working directory = app root, app settings as environment
/// variables (here local.settings.sample.json's, with the test storage and a fresh signing key).
/// </summary>
public static class PackagedApp
{
    public static ProcessStartInfo Start(PackageFixture package, IEnumerable<string> arguments)
    {
        var start = ProcessRunner.Start(Path.Combine(package.Unpacked, PackageLayoutTests.HandlerPath()), package.Unpacked, [.. arguments]);
        foreach (var (key, value) in JsonFiles.LocalSettingsValues())
        {
            start.Environment[key] = value;
        }
        start.Environment["AzureWebJobsStorage"] =
            Environment.GetEnvironmentVariable("REPORTPIPELINE_TEST_STORAGE") ?? "UseDevelopmentStorage=true";
        start.Environment["Alerts__SigningKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        return start;
    }
}
