using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Storage.Blobs;

/// <summary>Checks container and blob names before sending and escapes them for the request path.</summary>
internal static class BlobNames
{
    public static void ValidateContainer(string container) =>
        ResourceNames.ValidateDnsName(container, "Container", nameof(container));

    public static void Validate(string container, string name)
    {
        ValidateContainer(container);
        if (string.IsNullOrEmpty(name) || name.Length > 1024 || name.EndsWith('/') || name.Any(char.IsControl))
            throw new ArgumentException(
                $"Blob name '{name}' must be 1-1024 characters without control characters or a trailing '/'.", nameof(name));
    }

    /// <summary>"container/seg%20ment/..." with each path segment escaped and '/' kept as the virtual directory separator.</summary>
    public static string Path(string container, string name) =>
        container + "/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
}
