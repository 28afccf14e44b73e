namespace ReportPipeline.Storage.Connection;

/// <summary>
/// Parses "UseDevelopmentStorage=true[;DevelopmentStorageProxyUri=...]" and
/// "DefaultEndpointsProtocol=https;AccountName=..;AccountKey=..;EndpointSuffix=core.windows.net", with optional
/// explicit BlobEndpoint/QueueEndpoint/TableEndpoint.
/// </summary>
internal static class ConnectionStringParser
{
    public static StorageAccount Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new FormatException("The storage connection string is empty.");
        var parts = Split(connectionString);
        if (parts.TryGetValue("UseDevelopmentStorage", out var dev))
            return Development(dev, parts);
        var name = Require(parts, "AccountName");
        var key = Require(parts, "AccountKey");
        var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("https" or "http"))
            throw new FormatException($"DefaultEndpointsProtocol must be http or https, not '{protocol}'.");
        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return StorageAccount.WithSharedKey(
            Endpoint(parts, "BlobEndpoint", protocol, name, "blob", suffix),
            Endpoint(parts, "QueueEndpoint", protocol, name, "queue", suffix),
            Endpoint(parts, "TableEndpoint", protocol, name, "table", suffix),
            name, key);
    }

    private static StorageAccount Development(string value, Dictionary<string, string> parts)
    {
        if (!string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            throw new FormatException($"UseDevelopmentStorage must be 'true', not '{value}'.");
        if (!parts.TryGetValue("DevelopmentStorageProxyUri", out var proxy))
            return StorageAccount.DevelopmentStorage();
        return StorageAccount.DevelopmentStorage(ParseUri("DevelopmentStorageProxyUri", proxy).Host);
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new FormatException(
                    $"The storage connection string has a segment without 'Name=value' (segment {parts.Count + 1}).");
            // Values (account keys) may themselves end in '=', so split at the first one only.
            parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
        }
        return parts;
    }

    private static string Require(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException(
                $"The storage connection string has no {name} (expected UseDevelopmentStorage=true or AccountName=..;AccountKey=..).");

    private static Uri Endpoint(Dictionary<string, string> parts, string key, string protocol, string account,
        string service, string suffix) =>
        parts.TryGetValue(key, out var explicitUri)
            ? ParseUri(key, explicitUri)
            : new Uri($"{protocol}://{account}.{service}.{suffix}");

    internal static Uri ParseUri(string name, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new FormatException($"{name} '{value}' is not an absolute http(s) URI.");
}
