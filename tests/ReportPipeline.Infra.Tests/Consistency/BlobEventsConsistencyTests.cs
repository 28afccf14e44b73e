using System.Text.Json;
using ReportPipeline.Core.Storage;
using ReportPipeline.Infra.Tests.Support;

namespace ReportPipeline.Infra.Tests.Consistency;

/// <summary>The EventGrid-sourced blob trigger, its container and the Event Grid subscription agree.</summary>
public sealed class BlobEventsConsistencyTests
{
    private const string NamesFile = "infra/app/storage-names.json";
    private const string SubscriptionFile = "infra/app/blob-event-subscription.bicep";

    [Fact]
    public void BlobTrigger_FunctionAndContainer_MatchInfraBlobTrigger()
    {
        var (function, binding) = SingleBlobTrigger();
        var path = binding.GetProperty("path").GetString() ?? "";
        var container = path.Split('/')[0];
        var infra = JsonFiles.Path(JsonFiles.Load(NamesFile), NamesFile, "blobTrigger");

        Assert.Equal(StorageNames.RawContainer, container);
        Assert.Equal(container, infra.GetProperty("container").GetString());
        Assert.Equal(function.Name, infra.GetProperty("function").GetString());
        Assert.Contains(container, JsonFiles.Strings(JsonFiles.Path(JsonFiles.Load(NamesFile), NamesFile, "containers")));
    }

    [Fact]
    public void BlobTrigger_Source_IsEventGridAsFlexConsumptionRequires()
    {
        var (function, binding) = SingleBlobTrigger();
        Assert.True(binding.TryGetProperty("source", out var source) && source.GetString() == "EventGrid",
            $"{function.RelativePath}: a blob trigger on Flex Consumption must have \"source\": \"EventGrid\"");
    }

    [Fact]
    public void EventSubscription_FilterAndWebhook_TargetTheBlobTriggerContainerAndFunction()
    {
        var subscription = BicepFile.Load(SubscriptionFile);
        var text = subscription.Text;
        Assert.Contains($"loadJsonContent('storage-names.json')", text);
        Assert.Contains("var functionName = storageNames.blobTrigger.function", text);
        Assert.Contains("var containerName = storageNames.blobTrigger.container", text);
        Assert.Contains("subjectBeginsWith: '/blobServices/default/containers/${containerName}/'", text);
        Assert.Contains("includedEventTypes: ['Microsoft.Storage.BlobCreated']", text);
        Assert.Contains("endpointType: 'WebHook'", text);
        Assert.Contains(
            "'https://${functionAppHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'",
            text);
    }

    [Fact]
    public void PostdeployHook_DeploysTheSubscriptionWithEveryRequiredParam()
    {
        var hook = RepoFiles.Read("infra/hooks/postdeploy.sh");
        Assert.Contains("app/blob-event-subscription.bicep", hook);
        Assert.Contains("systemKeys.blobs_extension", hook);
        var required = BicepFile.Load(SubscriptionFile).Params().Where(p => !p.Value).Select(p => p.Key);
        foreach (var param in required)
        {
            Assert.True(hook.Contains($"{param}=", StringComparison.Ordinal),
                $"infra/hooks/postdeploy.sh does not pass required param '{param}' of {SubscriptionFile}");
        }
    }

    [Fact]
    public void PostdeployHook_EnvValues_AreOutputsOfMainBicep()
    {
        var hook = RepoFiles.Read("infra/hooks/postdeploy.sh");
        var outputs = BicepFile.Load("infra/main.bicep").Outputs();
        var used = System.Text.RegularExpressions.Regex.Matches(hook, @"value ([A-Z_]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(used);
        foreach (var name in used)
        {
            Assert.True(outputs.Contains(name), $"infra/hooks/postdeploy.sh reads {name}, which infra/main.bicep does not output");
        }
    }

    private static (FunctionDefinition Function, JsonElement Binding) SingleBlobTrigger()
    {
        var triggers = FunctionDefinition.LoadAll()
            .SelectMany(f => f.BindingsOfType("blobTrigger").Select(b => (f, b)))
            .ToList();
        Assert.True(triggers.Count == 1, $"expected exactly one blobTrigger function (ParseReport), found {triggers.Count}");
        return triggers[0];
    }
}
