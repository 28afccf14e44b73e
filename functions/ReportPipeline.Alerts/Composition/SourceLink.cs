namespace ReportPipeline.Alerts.Composition;

/// <summary>A report's URL is shown as a link only when it is an absolute http(s) address.</summary>
public static class SourceLink
{
    public static bool IsLinkable(string? url, out Uri? uri)
    {
        uri = null;
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed))
            return false;
        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            return false;
        uri = parsed;
        return true;
    }
}
