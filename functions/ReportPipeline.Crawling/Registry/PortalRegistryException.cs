namespace ReportPipeline.Crawling.Registry;

/// <summary>The registry file is missing or wrong; the message names the file, the portal and the field.</summary>
public sealed class PortalRegistryException(string message, Exception? inner = null) : Exception(message, inner);
