using System.Text.RegularExpressions;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Consistency;

/// <summary>azure.yaml and infra/main.bicep have the shape `azd up` expects.</summary>
public sealed partial class AzdShapeTests
{
    [Fact]
    public void AzureYaml_HasOneFunctionServiceTaggedOnTheFunctionApp()
    {
        var yaml = RepoFiles.Read("azure.yaml");
        var servicesBlock = ServicesBlock().Match(yaml);
        Assert.True(servicesBlock.Success, "azure.yaml has no services: block");
        var services = ServiceName().Matches(servicesBlock.Value).Select(m => m.Groups[1].Value).ToList();
        var service = Assert.Single(services);
        Assert.Contains("    host: function", yaml);
        Assert.Contains($"'azd-service-name': '{service}'", BicepFile.Load("infra/app/function-app.bicep").Text);
        Assert.Contains($"output SERVICE_{service.ToUpperInvariant()}_NAME string", BicepFile.Load("infra/main.bicep").Text);
    }

    [Fact]
    public void AzureYaml_DistAndHooks_AreWhatThePackageScriptAndInfraProvide()
    {
        var yaml = RepoFiles.Read("azure.yaml");
        Assert.Contains("dist: artifacts/reportpipeline.zip", yaml);
        Assert.Contains("zipfile=\"$root/artifacts/reportpipeline.zip\"", RepoFiles.Read("scripts/package.sh"));
        foreach (Match run in HookScript().Matches(yaml))
        {
            Assert.True(File.Exists(RepoFiles.PathOf(run.Groups[1].Value)), $"azure.yaml runs {run.Groups[1].Value}, which does not exist");
        }
    }

    [Fact]
    public void MainBicep_UsesResourceTokenAndAzdEnvNameTag()
    {
        var main = BicepFile.Load("infra/main.bicep").Text;
        Assert.Contains("targetScope = 'subscription'", main);
        Assert.Contains("var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))", main);
        Assert.Contains("var tags = { 'azd-env-name': environmentName }", main);
    }

    [GeneratedRegex(@"(?ms)^services:\s*\n.*?(?=^\S|\z)")]
    private static partial Regex ServicesBlock();

    [GeneratedRegex(@"(?m)^  ([a-z0-9-]+):\s*$")]
    private static partial Regex ServiceName();

    [GeneratedRegex(@"run: bash (\S+\.sh)")]
    private static partial Regex HookScript();
}
