using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Storage.Connection;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>The URI of a blob, for the blob trigger's Metadata.Uri.</summary>
public static class BlobUris
{
    public static Func<string, string, Uri> For(IServiceProvider services)
    {
        var endpoint = services.GetRequiredService<StorageAccount>().BlobEndpoint.ToString().TrimEnd('/') + "/";
        return (container, name) => new Uri(new Uri(endpoint), $"{container}/{Escape(name)}");
    }

    private static string Escape(string name) =>
        string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
}
