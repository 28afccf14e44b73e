using System.Xml.Linq;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Consistency;

/// <summary>host.json describes the handler the project builds and a host the Flex Consumption plan can run.</summary>
public sealed class HostJsonConsistencyTests
{
    private const string HostFile = "host.json";

    [Fact]
    public void CustomHandler_DefaultExecutablePath_IsTheFunctionsAssemblyName()
    {
        var exe = JsonFiles.Path(JsonFiles.Load(HostFile), HostFile, "customHandler", "description", "defaultExecutablePath").GetString();
        var csproj = XDocument.Parse(RepoFiles.Read("functions/ReportPipeline.Functions/ReportPipeline.Functions.csproj"));
        var assemblyName = csproj.Descendants("AssemblyName").Select(e => e.Value).FirstOrDefault();
        Assert.False(string.IsNullOrEmpty(assemblyName), "ReportPipeline.Functions.csproj must set <AssemblyName> (the executable host.json starts)");
        Assert.Equal(assemblyName, exe);
    }

    [Fact]
    public void ExtensionBundle_Version_IsOneFlexConsumptionSupports()
    {
        var bundle = JsonFiles.Path(JsonFiles.Load(HostFile), HostFile, "extensionBundle");
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", bundle.GetProperty("id").GetString());
        var version = bundle.GetProperty("version").GetString() ?? "";
        Assert.True(version.StartsWith("[4.", StringComparison.Ordinal) || version.StartsWith("[5.", StringComparison.Ordinal),
            $"{HostFile}: Flex Consumption needs extension bundle [4.0.0, 5.0.0) or later, found '{version}'");
    }

    [Fact]
    public void FunctionBicep_Runtime_IsCustomHandlerOnLinuxFlexConsumption()
    {
        var app = BicepFile.Load("infra/app/function-app.bicep").Text;
        Assert.Contains("runtime: { name: 'custom', version: runtimeVersion }", app);
        Assert.Contains("kind: 'functionapp,linux'", app);
        Assert.Contains("sku: { tier: 'FlexConsumption', name: 'FC1' }", app);
        Assert.Contains("properties: { reserved: true }", app);
    }

    [Fact]
    public void HttpFunctions_Routes_AreUniqueAndHealthIsAnonymousGet()
    {
        var http = FunctionDefinition.LoadAll()
            .SelectMany(f => f.BindingsOfType("httpTrigger").Select(b => (f.Name, Binding: b)))
            .ToList();
        var routes = http.Select(h => h.Binding.TryGetProperty("route", out var r) ? r.GetString() : h.Name).ToList();
        Assert.Equal(routes.Count, routes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var health = Assert.Single(http, h => h.Name == "Health").Binding;
        Assert.Equal("anonymous", health.GetProperty("authLevel").GetString());
        Assert.Contains("get", JsonFiles.Strings(health.GetProperty("methods")));
    }
}
