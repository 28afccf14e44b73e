namespace ReportPipeline.Storage.Pipeline;

/// <summary>Container and queue names share the service's DNS-style rule.</summary>
internal static class ResourceNames
{
    public static void ValidateDnsName(string name, string kind, string parameterName)
    {
        if (string.IsNullOrEmpty(name) || name.Length is < 3 or > 63 ||
            !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ||
            name[0] == '-' || name[^1] == '-' || name.Contains("--", StringComparison.Ordinal))
            throw new ArgumentException(
                $"{kind} name '{name}' must be 3-63 lower-case letters, digits and single hyphens.", parameterName);
    }
}
