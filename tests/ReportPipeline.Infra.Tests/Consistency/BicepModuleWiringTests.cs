using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Consistency;

/// <summary>
/// What `bicep build` would catch first, checked from the files (no bicep CLI here): module paths exist, every param
/// passed is declared, every required param is passed, every module output used is declared.
/// </summary>
public sealed class BicepModuleWiringTests
{
    public static TheoryData<string> Templates() =>
        new(Directory.GetFiles(RepoFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoFiles.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Modules_Params_MatchTheModuleDeclarations(string template)
    {
        var file = BicepFile.Load(template);
        foreach (var module in file.Modules())
        {
            var modulePath = Path.GetRelativePath(RepoFiles.Root,
                Path.Combine(Path.GetDirectoryName(RepoFiles.PathOf(template))!, module.Path)).Replace('\\', '/');
            var declared = BicepFile.Load(modulePath).Params();
            var undeclared = module.PassedParams.Where(p => !declared.ContainsKey(p)).ToList();
            var missing = declared.Where(p => !p.Value && !module.PassedParams.Contains(p.Key)).Select(p => p.Key).ToList();
            Assert.True(undeclared.Count == 0, $"{template}: module {module.Symbol} passes params {modulePath} does not declare: {string.Join(", ", undeclared)}");
            Assert.True(missing.Count == 0, $"{template}: module {module.Symbol} misses required params of {modulePath}: {string.Join(", ", missing)}");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Modules_OutputsUsed_AreDeclared(string template)
    {
        var file = BicepFile.Load(template);
        foreach (var module in file.Modules())
        {
            var modulePath = Path.Combine(Path.GetDirectoryName(RepoFiles.PathOf(template))!, module.Path);
            var outputs = BicepFile.Load(Path.GetRelativePath(RepoFiles.Root, modulePath)).Outputs();
            var used = System.Text.RegularExpressions.Regex.Matches(file.Text, $@"\b{module.Symbol}\.outputs\.(\w+)")
                .Select(m => m.Groups[1].Value).Distinct();
            foreach (var output in used)
            {
                Assert.True(outputs.Contains(output), $"{template}: {module.Symbol}.outputs.{output} is not an output of {module.Path}");
            }
        }
    }

    [Fact]
    public void MainParameters_NameDeclaredParamsAndCoverRequiredOnes()
    {
        var declared = BicepFile.Load("infra/main.bicep").Params();
        var parameters = JsonFiles.Path(JsonFiles.Load("infra/main.parameters.json"), "infra/main.parameters.json", "parameters")
            .EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var undeclared = parameters.Where(p => !declared.ContainsKey(p)).ToList();
        var missing = declared.Where(p => !p.Value && !parameters.Contains(p.Key)).Select(p => p.Key).ToList();
        Assert.True(undeclared.Count == 0, $"infra/main.parameters.json sets params main.bicep lacks: {string.Join(", ", undeclared)}");
        Assert.True(missing.Count == 0, $"infra/main.parameters.json misses required params: {string.Join(", ", missing)}");
    }
}
