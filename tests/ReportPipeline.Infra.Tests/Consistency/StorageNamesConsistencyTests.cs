using System.Text.RegularExpressions;
using ReportPipeline.Core.Storage;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Consistency;

/// <summary>Core's StorageNames, the function.json bindings and the storage infra create/use exactly the same names.</summary>
public sealed partial class StorageNamesConsistencyTests
{
    private const string NamesFile = "infra/app/storage-names.json";

    [Fact]
    public void InfraStorageNames_Containers_EqualCoreStorageNames() =>
        AssertSameNames(StorageNames.Containers, InfraList("containers"), "containers");

    [Fact]
    public void InfraStorageNames_Queues_EqualCoreStorageNames() =>
        AssertSameNames(StorageNames.Queues, InfraList("queues"), "queues");

    [Fact]
    public void InfraStorageNames_Tables_EqualCoreStorageNames() =>
        AssertSameNames(StorageNames.Tables, InfraList("tables"), "tables");

    [Fact]
    public void MainBicep_StorageModule_CreatesEveryListedContainerQueuePoisonQueueAndTable()
    {
        var main = BicepFile.Load("infra/main.bicep");
        Assert.Contains($"loadJsonContent('{NamesFile["infra/".Length..]}')", main.Text);
        var storage = main.BlockAfter("module storage ");
        Assert.Matches(@"containers:\s*concat\(storageNames\.containers\b", storage);
        Assert.Matches(@"queues:\s*concat\(storageNames\.queues,\s*poisonQueues\)", storage);
        Assert.Matches(@"tables:\s*storageNames\.tables\b", storage);

        var suffix = PoisonSuffix().Match(main.Text);
        Assert.True(suffix.Success, "infra/main.bicep: poisonQueues must be map(storageNames.queues, queue => '${queue}<suffix>')");
        Assert.Equal(StorageNames.PoisonQueue("q"), "q" + suffix.Groups[1].Value);

        var account = BicepFile.Load("infra/core/storage/storage-account.bicep").Text;
        Assert.Contains("blobServices/containers@", account);
        Assert.Matches(@"\[for container in containers:", account);
        Assert.Matches(@"\[for queue in queues:", account);
        Assert.Matches(@"\[for table in tables:", account);
    }

    [Fact]
    public void FunctionJson_QueueTriggers_UseCoreQueuesThatInfraCreates()
    {
        var queueTriggers = FunctionDefinition.LoadAll()
            .SelectMany(f => f.BindingsOfType("queueTrigger").Select(b => (f, b)))
            .ToList();
        Assert.NotEmpty(queueTriggers);
        foreach (var (function, binding) in queueTriggers)
        {
            var queue = binding.GetProperty("queueName").GetString();
            Assert.True(StorageNames.Queues.Contains(queue), $"{function.RelativePath}: queueName '{queue}' is not one of Core's StorageNames.Queues");
            Assert.True(InfraList("queues").Contains(queue), $"{function.RelativePath}: queueName '{queue}' is not created by {NamesFile}");
        }
    }

    [Fact]
    public void StorageNames_AllNames_AreValidAzureNames()
    {
        foreach (var name in StorageNames.Containers.Concat(StorageNames.Queues.Select(StorageNames.PoisonQueue)))
        {
            Assert.Matches(LowercaseResourceName(), name);
        }
        foreach (var table in StorageNames.Tables)
        {
            Assert.Matches(TableName(), table);
        }
    }

    private static IReadOnlyList<string> InfraList(string property) =>
        JsonFiles.Strings(JsonFiles.Path(JsonFiles.Load(NamesFile), NamesFile, property));

    private static void AssertSameNames(IReadOnlyList<string> core, IReadOnlyList<string> infra, string what)
    {
        var missing = core.Except(infra, StringComparer.Ordinal).ToList();
        var extra = infra.Except(core, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{NamesFile} {what} differ from Core StorageNames: missing [{string.Join(", ", missing)}], not in Core [{string.Join(", ", extra)}]");
    }

    [GeneratedRegex(@"map\(storageNames\.queues,\s*queue\s*=>\s*'\$\{queue\}([^']*)'\)")]
    private static partial Regex PoisonSuffix();

    // Containers and queues: 3-63 lowercase letters, digits and single hyphens, starting and ending alphanumeric.
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex LowercaseResourceName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
