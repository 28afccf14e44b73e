namespace ReportPipeline.Functions.LocalHost;

/// <summary>The URI of a blob, for the blob trigger's Metadata.Uri.</summary>
public static class BlobUris
{
    public static Func<string, string, Uri> For(IServiceProvider services)
    {
        _ = services;
        var endpoint = new Uri("http://127.0.0.1:10000/devstoreaccount1/");
        return (container, name) => new Uri(endpoint, $"{container}/{Uri.EscapeDataString(name).Replace("%2F", "/", StringComparison.Ordinal)}");
    }
}
